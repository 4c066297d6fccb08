package org.yangguang.verification.data;

import static org.yangguang.verification.data.ColumnKind.DATE;
import static org.yangguang.verification.data.ColumnKind.DECIMAL;
import static org.yangguang.verification.data.ColumnKind.ID_NUMBER;
import static org.yangguang.verification.data.ColumnKind.MONEY;
import static org.yangguang.verification.data.ColumnKind.PAST_DATE;
import static org.yangguang.verification.data.ColumnKind.REGION;
import static org.yangguang.verification.data.ColumnKind.TEXT;
import static org.yangguang.verification.data.ColumnKind.YEAR;
import static org.yangguang.verification.data.ColumnRule.choice;
import static org.yangguang.verification.data.ColumnRule.optional;
import static org.yangguang.verification.data.ColumnRule.required;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rule of every column of the sources' header rows (api.md). Every column is required except
 * 刑满日期 (a life sentence has none) and the relative of an official (亲属身份证号, 亲属关系).
 */
final class SourceColumns {

    static final String ID_NUMBER_COLUMN = "身份证号";
    static final String RELATIVE_ID_COLUMN = "亲属身份证号";
    static final String RELATION_COLUMN = "亲属关系";
    static final String PRISON_FROM_COLUMN = "入狱日期";
    static final String PRISON_TO_COLUMN = "刑满日期";

    private static final Map<String, ColumnRule> RULES = List.of(
                    required(ID_NUMBER_COLUMN, ID_NUMBER, "511999198001011237"),
                    required("姓名", TEXT, "张三"),
                    required("机构", TEXT, "阳光县农村信用社"),
                    required("余额", MONEY, "12345.67"),
                    required("截止日期", PAST_DATE, "2026-06-30"),
                    required("市值", MONEY, "5000.00"),
                    required("坐落", TEXT, "阳光县东河镇东河村1组3号"),
                    choice("用途", "住宅", "商业", "其他"),
                    required("面积", DECIMAL, "86.50"),
                    required("号牌", TEXT, "川Z12345"),
                    choice("车辆类型", "小型汽车", "残疾人机动轮椅车", "农用车", "其他"),
                    required("登记日期", PAST_DATE, "2020-05-18"),
                    required("险种", TEXT, "两全保险"),
                    required("现金价值", MONEY, "3200.00"),
                    required("年度", YEAR, "2025"),
                    required("年收入", MONEY, "36000.00"),
                    required("主体名称", TEXT, "阳光县张三百货店"),
                    required("注册资本", MONEY, "50000.00"),
                    choice("状态", "存续", "注销"),
                    required("月缴费基数", MONEY, "4000.00"),
                    required("死亡日期", PAST_DATE, "2026-03-01"),
                    required(PRISON_FROM_COLUMN, PAST_DATE, "2024-01-10"),
                    optional(PRISON_TO_COLUMN, DATE, "2028-01-09"),
                    required("职务", TEXT, "村委会主任"),
                    required("区划代码", REGION, "511999101001"),
                    optional(RELATIVE_ID_COLUMN, ID_NUMBER, "511999197503154567"),
                    optional(RELATION_COLUMN, TEXT, "配偶"))
            .stream()
            .collect(Collectors.toUnmodifiableMap(ColumnRule::name, rule -> rule));

    private SourceColumns() {}

    /** The rules of the source's header columns, in header order. */
    static List<ColumnRule> of(DataSource source) {
        return source.header().stream().map(RULES::get).toList();
    }
}
