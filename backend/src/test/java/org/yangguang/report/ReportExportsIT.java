package org.yangguang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;
import org.yangguang.support.RosterFile;
import org.yangguang.support.TestIds;
import org.yangguang.support.TestVillages;

/**
 * Every list export opened again with POI: title and header rows, formats, print setup, what each
 * role may see (full ID numbers in the roster for the county only, none at all on the wall notice).
 */
class ReportExportsIT extends ApiIT {

    static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]");
    static final YearMonth NEXT_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);

    @Autowired
    ProcessEngine engine;

    @Autowired
    AllowanceHistory history;

    String village;
    String headId;

    @BeforeEach
    void roster() {
        village = TestVillages.create(as("admin"), "报表村");
        headId = TestIds.person(CaseDriver.TODAY.minusYears(45), true);
        byte[] file = new RosterFile()
                .row(village, unique("B"), "冯大", headId, "户主", "失业", "0", "否", "865.00", "2026-01")
                .row(village, unique("B"), "陈二", TestIds.person(CaseDriver.TODAY.minusYears(70), false), "户主", "三无",
                        "1", "是", "1200.50", "2025-06")
                .bytes();
        var imported = as("county").postMultipart("/api/imports/roster", Map.of(), "file", "r.xlsx", file);
        assertThat(imported.json().get("households").asInt()).as(imported.body()).isEqualTo(2);
    }

    @Test
    void theRosterListsEveryPersonWithFullIdNumbersForTheCountyOnly() throws Exception {
        XSSFSheet county = sheet(as("county").download("/api/reports/roster.xlsx?regionCode=" + village));
        assertThat(county.getRow(0).getCell(0).getStringCellValue()).contains("花名册");
        assertThat(county.getRow(1).getCell(4).getStringCellValue()).isEqualTo("姓名");
        assertThat(county.getLastRowNum()).isEqualTo(3);
        assertThat(texts(county)).contains(headId, "冯大", "户主", "失业", "男", "正常享受");
        Row head = county.getRow(2);
        assertThat(head.getCell(13).getNumericCellValue()).isEqualTo(865.00);
        assertThat(head.getCell(13).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(head.getCell(8).getNumericCellValue()).isEqualTo(45);
        assertThat(county.getRepeatingRows().formatAsString()).isEqualTo("1:2");
        assertThat(county.getPrintSetup().getLandscape()).isTrue();
        assertThat(county.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);

        XSSFSheet township = sheet(as("township-dh").download("/api/reports/roster.xlsx?regionCode=" + village));
        assertThat(texts(township)).noneMatch(t -> ID_NUMBER.matcher(t).find());
        assertThat(texts(township)).anyMatch(t -> t.contains("*"));
        assertThat(as("inspector").get("/api/audit/events?type=EXPORTED&actor=county").body()).contains("ROSTER");
    }

    @Test
    void theWallNoticeShowsNoIdNumberAndNoFullName() throws Exception {
        Households household = Households.typical(CaseFlow.VILLAGE);
        new CaseFlow(new CaseDriver(port), engine).toNotice(household);
        XSSFSheet sheet = sheet(as("village-dh1").download("/api/reports/notices.xlsx?regionCode=" + CaseFlow.VILLAGE));
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("公示");
        assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(2);
        List<String> texts = texts(sheet);
        assertThat(texts).noneMatch(t -> ID_NUMBER.matcher(t).find()).doesNotContain("张三丰").contains("申请公示");
    }

    @Test
    void theApprovalListHasTodaysApprovals() throws Exception {
        long caseId = new CaseFlow(new CaseDriver(port), engine).approved(Households.typical(CaseFlow.VILLAGE),
                "township-dh");
        XSSFSheet sheet = sheet(as("county").download("/api/reports/approvals.xlsx?from=" + CaseDriver.TODAY + "&to="
                + CaseDriver.TODAY));
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("审批名单");
        assertThat(texts(sheet)).contains(String.valueOf(caseId), "张三丰");
        assertThat(as("county").get("/api/reports/approvals.xlsx?from=2026-13-01").status()).isEqualTo(400);
        assertThat(as("county").get("/api/reports/approvals.xlsx?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);
        assertThat(as("village-dh1").get("/api/reports/approvals.xlsx").status()).isEqualTo(403);
    }

    @Test
    void theChangeListHasReductionsWithTheAmountBefore() throws Exception {
        long householdId = as("county").get("/api/households?regionCode=" + village).json().findValues("householdId")
                .stream().mapToLong(n -> n.asLong()).min().orElseThrow();
        history.record(householdId, NEXT_MONTH, new BigDecimal("300.00"), "RECHECK_REDUCE", null);
        XSSFSheet sheet = sheet(as("county").download("/api/reports/changes.xlsx?regionCode=" + village + "&from="
                + NEXT_MONTH + "&to=" + NEXT_MONTH));
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        Row row = sheet.getRow(2);
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("减发");
        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(865.00);
        assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(300.00);
        assertThat(row.getCell(9).getStringCellValue()).isEqualTo("复核减发");
    }

    @Test
    void theStatisticsAndTheFunnelAreTablesAndSpreadsheets() throws Exception {
        long caseId = new CaseFlow(new CaseDriver(port), engine).approved(Households.typical(CaseFlow.VILLAGE),
                "township-dh");
        var funnel = as("county").get("/api/reports/funnel?from=" + CaseDriver.TODAY + "&to=" + CaseDriver.TODAY).json();
        assertThat(funnel.get("applied").asInt()).isPositive();
        assertThat(funnel.get("approved").asInt()).isPositive();
        assertThat(funnel.get("steps").findValuesAsText("taskKey")).contains("accept", "survey", "countyApproval");
        assertThat(caseId).isPositive();

        XSSFSheet statistics = sheet(as("county").download("/api/reports/statistics.xlsx?regionCode=" + village));
        assertThat(statistics.getRow(0).getCell(0).getStringCellValue()).contains("统计表");
        assertThat(statistics.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(2);
        assertThat(texts(statistics)).contains("身份类别", "失业", "三无", "年龄段", "残疾等级");
        XSSFSheet funnelSheet = sheet(as("county").download("/api/reports/funnel.xlsx"));
        assertThat(texts(funnelSheet)).contains("受理申请", "审批通过", "县级审批");
    }

    @Test
    void theSurveyFormHasTheHouseholdAndTheSurvey() throws Exception {
        long caseId = new CaseFlow(new CaseDriver(port), engine).toNotice(Households.typical(CaseFlow.VILLAGE));
        XSSFSheet sheet = sheet(as("township-dh").download("/api/cases/" + caseId + "/survey.xlsx"));
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("最低生活保障家庭入户调查登记表");
        List<String> texts = texts(sheet);
        assertThat(texts).contains(String.valueOf(caseId), "张三丰", "王调查、李调查", "家庭住房简陋，收入来源单一",
                "调查人员签字");
        assertThat(texts).anyMatch(t -> t.startsWith("张三丰 工资性收入 500.00元/月"));
        XSSFSheet inspector = sheet(as("inspector").download("/api/cases/" + caseId + "/survey.xlsx"));
        assertThat(texts(inspector)).noneMatch(t -> ID_NUMBER.matcher(t).find());
        assertThat(as("township-xs").get("/api/cases/" + caseId + "/survey.xlsx").status()).isIn(403, 404);
    }

    private static XSSFSheet sheet(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes)).getSheetAt(0);
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
