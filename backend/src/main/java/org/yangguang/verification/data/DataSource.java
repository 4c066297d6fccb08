package org.yangguang.verification.data;

import java.util.List;

/** The department data sources of economic verification, each with its header row (api.md). */
public enum DataSource {
    DEPOSIT("身份证号", "姓名", "机构", "余额", "截止日期"),
    SECURITIES("身份证号", "姓名", "机构", "市值", "截止日期"),
    REAL_ESTATE("身份证号", "姓名", "坐落", "用途", "面积"),
    VEHICLE("身份证号", "姓名", "号牌", "车辆类型", "登记日期"),
    INSURANCE("身份证号", "姓名", "险种", "现金价值"),
    INCOME_TAX("身份证号", "姓名", "年度", "年收入"),
    BUSINESS("身份证号", "姓名", "主体名称", "注册资本", "状态"),
    SOCIAL_INSURANCE("身份证号", "姓名", "险种", "月缴费基数"),
    DEATH("身份证号", "姓名", "死亡日期"),
    IMPRISONMENT("身份证号", "姓名", "入狱日期", "刑满日期"),
    OFFICIALS("身份证号", "姓名", "职务", "区划代码", "亲属身份证号", "亲属关系");

    private final List<String> header;

    DataSource(String... header) {
        this.header = List.of(header);
    }

    /** The required columns, in order; more columns may follow and are kept as evidence. */
    public List<String> header() {
        return header;
    }
}
