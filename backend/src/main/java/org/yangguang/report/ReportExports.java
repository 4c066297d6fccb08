package org.yangguang.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.excel.Column;
import org.yangguang.excel.SheetWriter;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.IdNumbers;
import org.yangguang.notice.NoticeService;
import org.yangguang.notice.PublicNotice;
import org.yangguang.region.RegionScope;
import org.yangguang.report.internal.ReportMapper;

/**
 * The county's lists as spreadsheets (records and reports of domain.md): the roster, the wall notice
 * table, the approval list, the stops and reductions of a period. Each answers a filled {@link
 * SheetWriter} the caller writes out and closes. Each is one read-only transaction, which a read replica
 * may serve (docs/operations.md).
 */
@Service
@Transactional(readOnly = true)
public class ReportExports {

    private final ReportMapper reports;
    private final NoticeService notices;
    private final HouseholdService households;
    private final AllowanceHistory history;
    private final ReportTexts texts;
    private final Clock clock;
    private final StatisticsReports statistics;
    private final FunnelReports funnels;
    private final StatisticsSheets statisticsSheets;

    ReportExports(ReportMapper reports, NoticeService notices, HouseholdService households, AllowanceHistory history,
            ReportTexts texts, Clock clock, StatisticsReports statistics, FunnelReports funnels,
            StatisticsSheets statisticsSheets) {
        this.statistics = statistics;
        this.funnels = funnels;
        this.statisticsSheets = statisticsSheets;
        this.reports = reports;
        this.notices = notices;
        this.households = households;
        this.history = history;
        this.texts = texts;
        this.clock = clock;
    }

    /** 花名册: every member of every receiving household; full ID numbers only when {@code fullIds}. */
    public SheetWriter roster(RegionScope scope, String regionName, boolean fullIds) {
        List<Column> columns = List.of(Column.integer("序号"), Column.text("乡镇（街道）"), Column.text("村（社区）"),
                Column.text("家庭编号"), Column.text("姓名"), Column.text("与户主关系"), Column.text("身份证号"),
                Column.text("性别"), Column.integer("年龄"), Column.text("身份类别"), Column.integer("残疾等级"),
                Column.text("重病"), Column.text("保障状态"), Column.money("月保障金额（元）"), Column.text("起始年月"),
                Column.text("复核类别"), Column.date("下次复核"));
        SheetWriter sheet = new SheetWriter("花名册", texts.text("report.title.roster", regionName), columns, zone());
        ReportTexts.Names names = texts.names();
        LocalDate today = LocalDate.now(clock);
        String yes = texts.text("report.yes");
        String no = texts.text("report.no");
        int[] number = {0};
        try {
            reports.scanRoster(scope.likePattern(), context -> {
                RosterLine l = context.getResultObject();
                boolean head = "HEAD".equals(l.relation());
                sheet.row(++number[0], names.township(l.regionCode()), names.of(l.regionCode()),
                        String.valueOf(l.householdId()), l.name(), texts.word("report.relation.", l.relation()),
                        fullIds ? l.idNumber() : IdNumbers.mask(l.idNumber()),
                        texts.word("report.gender.", IdNumbers.gender(l.idNumber()).name()),
                        IdNumbers.ageOn(l.idNumber(), today), texts.word("report.category.", l.identityCategory()),
                        l.disabilityGrade(), l.seriousIllness() ? yes : no,
                        texts.word("report.status.", l.status()), head ? l.monthlyAmount() : null,
                        head ? l.paymentStartMonth() : null, head ? l.recheckClass() : null,
                        head ? l.nextRecheck() : null);
            });
            return sheet;
        } catch (RuntimeException e) {
            sheet.close();
            throw e;
        }
    }

    /** 公示表 for the village wall: only what a notice may show (masked head name, no ID number). */
    public SheetWriter notices(RegionScope scope, String regionName) {
        List<Column> columns = List.of(Column.integer("序号"), Column.text("村（社区）"), Column.text("户主"),
                Column.integer("家庭人数"), Column.money("月保障金额（元）"), Column.money("家庭人均月收入（元）"),
                Column.text("公示类别"), Column.date("公示开始"), Column.date("公示结束"));
        SheetWriter sheet = new SheetWriter("公示表", texts.text("report.title.notices", regionName), columns, zone());
        int number = 0;
        for (PublicNotice n : notices.postedIn(scope)) {
            sheet.row(++number, n.villageName(), n.headName(), n.householdSize(), n.monthlyAmount(), n.perCapitaIncome(),
                    texts.word("report.noticeKind.", n.kind().name()), n.from(), n.to());
        }
        return sheet;
    }

    /** 审批名单: applications approved in the period (days, both included). */
    public SheetWriter approvals(RegionScope scope, String regionName, LocalDate from, LocalDate to) {
        List<Column> columns = List.of(Column.integer("序号"), Column.text("乡镇（街道）"), Column.text("村（社区）"),
                Column.text("案件编号"), Column.text("户主姓名"), Column.integer("保障人数"), Column.money("月保障金额（元）"),
                Column.text("起始年月"), Column.dateTime("审批时间"));
        SheetWriter sheet = new SheetWriter("审批名单", texts.text("report.title.approvals", regionName, from, to), columns,
                zone());
        ReportTexts.Names names = texts.names();
        int number = 0;
        for (ApprovalLine l : reports.findApprovals(scope.likePattern(), from.atStartOfDay(zone()).toInstant(),
                to.plusDays(1).atStartOfDay(zone()).toInstant())) {
            Household household = households.require(l.householdId());
            sheet.row(++number, names.township(l.regionCode()), names.of(l.regionCode()), String.valueOf(l.caseId()),
                    household.head().name(), household.size(), l.monthlyAmount(), l.paymentStartMonth(), l.decidedAt());
        }
        return sheet;
    }

    /** 停发减发名单: stops and reductions taking effect in the months of the period. */
    public SheetWriter changes(RegionScope scope, String regionName, YearMonth from, YearMonth to) {
        List<Column> columns = List.of(Column.integer("序号"), Column.text("乡镇（街道）"), Column.text("村（社区）"),
                Column.text("家庭编号"), Column.text("户主姓名"), Column.text("类别"), Column.money("原月保障金额（元）"),
                Column.money("现月保障金额（元）"), Column.text("生效月份"), Column.text("原因"));
        SheetWriter sheet = new SheetWriter("停发减发名单", texts.text("report.title.changes", regionName, from, to), columns,
                zone());
        ReportTexts.Names names = texts.names();
        int number = 0;
        for (ChangeLine l : reports.findChanges(scope.likePattern(), from.toString(), to.toString())) {
            Household household = households.require(l.householdId());
            BigDecimal before = previousAmount(l);
            boolean stop = l.amount().signum() == 0;
            sheet.row(++number, names.township(l.regionCode()), names.of(l.regionCode()), String.valueOf(l.householdId()),
                    household.head().name(), texts.text(stop ? "report.change.STOP" : "report.change.REDUCE"), before,
                    l.amount(), l.fromMonth(), reason(l.reason()));
        }
        return sheet;
    }

    /** The statistics tables of {@link StatisticsReports} as one sheet. */
    public SheetWriter statistics(RegionScope scope, String regionName) {
        return statisticsSheets.statistics(statistics.of(scope), regionName, zone());
    }

    /** The application funnel of {@link FunnelReports} for applications received in the period. */
    public SheetWriter funnel(RegionScope scope, String regionName, LocalDate from, LocalDate to) {
        return statisticsSheets.funnel(funnels.of(scope, from, to, zone()), regionName, zone());
    }

    /** What the household received in the month before the change. */
    private BigDecimal previousAmount(ChangeLine line) {
        return AllowanceHistory.amountIn(history.of(line.householdId()), YearMonth.parse(line.fromMonth()).minusMonths(1));
    }

    private String reason(String code) {
        if (code.startsWith("EXIT_")) {
            return texts.word("recheck.exitReason.", code.substring("EXIT_".length()));
        }
        return texts.word("report.reason.", code);
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
