package org.yangguang.report;

import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yangguang.excel.Column;
import org.yangguang.excel.SheetWriter;

/** The statistics tables and the application funnel as spreadsheets, one line per row of each table. */
@Component
class StatisticsSheets {

    private final ReportTexts texts;

    StatisticsSheets(ReportTexts texts) {
        this.texts = texts;
    }

    SheetWriter statistics(Statistics s, String regionName, ZoneId zone) {
        List<Column> columns = List.of(Column.text("分组"), Column.text("项目"), Column.integer("户数"),
                Column.integer("男"), Column.integer("女"), Column.integer("人数"), Column.percent("占总人数比例"));
        SheetWriter sheet = new SheetWriter("统计表", texts.text("report.title.statistics", regionName), columns, zone);
        sheet.row("合计", "保障对象", s.households(), null, null, s.persons(), s.persons() == 0 ? "0.00" : "100.00");
        for (Statistics.IdentityLine l : s.byIdentity()) {
            sheet.row("身份类别", texts.word("report.category.", l.category()), null, null, null, l.count(), l.percent());
        }
        for (Statistics.AgeLine l : s.byAge()) {
            sheet.row("年龄段", texts.word("report.band.", l.band()), null, l.male(), l.female(), l.count(), l.percent());
        }
        for (Statistics.TownshipLine l : s.byTownship()) {
            sheet.row("乡镇（街道）", l.name(), l.households(), null, null, l.persons(), l.percent());
        }
        for (Statistics.ClassLine l : s.byClass()) {
            sheet.row("复核类别", l.recheckClass() == null ? "未分类" : texts.word("report.class.", l.recheckClass()),
                    l.households(), null, null, l.persons(), l.percent());
        }
        for (Statistics.DisabilityLine l : s.byDisability()) {
            sheet.row("残疾等级", l.grade() == 0 ? "无残疾" : l.grade() + "级", null, null, null, l.count(), l.percent());
        }
        return sheet;
    }

    SheetWriter funnel(Funnel f, String regionName, ZoneId zone) {
        List<Column> columns = List.of(Column.text("项目"), Column.integer("数量"), Column.money("平均用时（工作日）"));
        SheetWriter sheet = new SheetWriter("办理情况", texts.text("report.title.funnel", regionName, f.from(), f.to()),
                columns, zone);
        sheet.row("受理申请", f.applied(), null);
        sheet.row("审批通过", f.approved(), null);
        sheet.row("不予批准", f.refused(), null);
        sheet.row("正在办理", f.running(), null);
        for (Funnel.StepLine step : f.steps()) {
            sheet.row(texts.word("report.step.", step.taskKey()), step.completed(), step.averageWorkingDays());
        }
        return sheet;
    }
}
