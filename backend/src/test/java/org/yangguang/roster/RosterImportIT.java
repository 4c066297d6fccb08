package org.yangguang.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.RosterFile;
import org.yangguang.support.TestIds;
import org.yangguang.support.TestVillages;

/**
 * The roster import and the statistics of api.md: a roster with known distributions (people exactly
 * at the age-band boundaries) is enrolled and counted; a roster with errors stores nothing and names
 * every problem by row and column; the same file twice changes nothing.
 */
class RosterImportIT extends ApiIT {

    static final LocalDate TODAY = CaseDriver.TODAY;

    String village;

    @BeforeEach
    void newVillage() {
        village = TestVillages.create(as("admin"), "花名册村");
    }

    @Test
    void aRosterIsEnrolledAndCountedByIdentityAndAgeBandAtTheBoundaries() {
        String h1 = unique("R");
        String h2 = unique("R");
        RosterFile roster = new RosterFile()
                .row(village, h1, "赵一", person(TODAY.minusYears(18), true), "户主", "在职", "0", "否", "865.00", "2026-01")
                .row(village, h1, "钱二", person(TODAY.minusYears(54), false), "配偶", "下岗", "2", "否", "", "")
                .row(village, h1, "孙三", person(TODAY.minusYears(18).plusDays(1), false), "子女", "学生", "0", "是", "865.00", "")
                .row(village, h2, "李四", person(TODAY.minusYears(60), true), "户主", "退休", "0", "否", "420.50", "2025-12")
                .row(village, h2, "周五", person(TODAY.minusYears(60).plusDays(1), true), "兄弟姐妹", "三无", "1", "否", "", "")
                .row(village, h2, "吴六", person(TODAY.minusYears(55), false), "其他", "失业", "0", "否", "", "");

        JsonNode result = upload(roster.bytes());
        assertThat(result.get("errors")).isEmpty();
        assertThat(result.get("households").asInt()).isEqualTo(2);
        assertThat(result.get("persons").asInt()).isEqualTo(6);

        JsonNode statistics = as("county").get("/api/reports/statistics?regionCode=" + village).json();
        assertThat(statistics.get("households").asInt()).isEqualTo(2);
        assertThat(statistics.get("persons").asInt()).isEqualTo(6);
        assertThat(lines(statistics.get("byIdentity"), "category", "count", "percent")).containsExactly(
                "EMPLOYED 1 16.67", "LAID_OFF 1 16.67", "UNEMPLOYED 1 16.67", "RETIRED 1 16.67", "THREE_NO 1 16.67",
                "STUDENT 1 16.67", "OTHER 0 0.00");
        assertThat(lines(statistics.get("byAge"), "band", "male", "female", "count", "percent")).containsExactly(
                "MINOR 0 1 1 16.67", "WORKING_AGE 2 1 3 50.00", "BEYOND 1 1 2 33.33");
        assertThat(lines(statistics.get("byDisability"), "grade", "count")).containsExactly("0 4", "1 1", "2 1", "3 0",
                "4 0");

        JsonNode households = as("county").get("/api/households?status=ACTIVE&regionCode=" + village).json();
        assertThat(households).hasSize(2);
        for (JsonNode household : households) {
            assertThat(household.get("recheckClass").asText()).isNotBlank();
            assertThat(household.get("nextRecheck").asText()).isNotBlank();
        }
        assertThat(households.findValuesAsText("monthlyAmount")).containsExactlyInAnyOrder("865.00", "420.50");
        JsonNode events = as("inspector").get("/api/audit/events?type=ROSTER_IMPORTED").json();
        assertThat(events.get(events.size() - 1).get("actor").asText()).isEqualTo("county");
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        byte[] file = new RosterFile()
                .row(village, unique("R"), "郑七", person(TODAY.minusYears(40), true), "户主", "失业", "0", "否", "500", "2026-02")
                .bytes();
        assertThat(upload(file).get("households").asInt()).isEqualTo(1);
        JsonNode again = upload(file);
        assertThat(again.get("errors")).isEmpty();
        assertThat(again.get("households").asInt()).isEqualTo(1);
        assertThat(as("county").get("/api/households?regionCode=" + village).json()).hasSize(1);
    }

    @Test
    void aRosterWithErrorsStoresNothingAndNamesEveryRowAndColumn() {
        String h = unique("R");
        String twice = person(TODAY.minusYears(30), true);
        RosterFile roster = new RosterFile()
                .row(village, h, "王一", twice, "户主", "在职", "0", "否", "", "2026-01")
                .row(village, h, "王二", TestIds.withWrongCheck(person(TODAY.minusYears(28), false)), "妻子", "在职", "5", "也许",
                        "-3", "2026-13")
                .row(village, h, "王三", twice, "户主", "学生", "0", "否", "", "")
                .row("110101001001", unique("R"), "外县", person(TODAY.minusYears(50), true), "户主", "失业", "0", "否",
                        "300.00", "2026-01");

        JsonNode result = upload(roster.bytes());
        List<String> errors = lines(result.get("errors"), "row", "column");
        assertThat(errors).contains("3 身份证号", "3 与户主关系", "3 残疾等级", "3 重病", "3 月保障金额", "3 起始年月",
                "2 月保障金额", "4 身份证号", "4 与户主关系", "5 区划代码");
        assertThat(result.get("errors").get(0).get("message").asText()).isNotBlank();
        assertThat(result.get("households").asInt()).isZero();
        assertThat(as("county").get("/api/households?regionCode=" + village).json()).isEmpty();

        assertThat(upload(headerOnly()).get("errors").get(0).get("row").asInt()).isEqualTo(1);
        assertThat(as("township-dh").postMultipart("/api/imports/roster", Map.of(), "file", "roster.xlsx",
                roster.bytes()).status()).isEqualTo(403);
        assertThat(as("county").postMultipart("/api/imports/roster", Map.of(), "file", "roster.csv",
                "a,b".getBytes()).status()).isEqualTo(400);
    }

    private byte[] headerOnly() {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            workbook.createSheet("x").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode upload(byte[] file) {
        var response = as("county").postMultipart("/api/imports/roster", Map.of(), "file", "roster.xlsx", file);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String person(LocalDate birth, boolean male) {
        return TestIds.person(birth, male);
    }

    private static List<String> lines(JsonNode array, String... fields) {
        List<String> lines = new ArrayList<>();
        for (JsonNode node : array) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(node.get(field).asText());
            }
            lines.add(String.join(" ", values));
        }
        return lines;
    }
}
