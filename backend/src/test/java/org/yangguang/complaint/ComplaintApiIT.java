package org.yangguang.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;

/** The complaints desk and ledger over HTTP: board objections, validation, jurisdiction, statistics, Excel. */
class ComplaintApiIT extends ApiIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    CaseDriver cases;
    CaseFlow flow;
    ComplaintDriver complaints;

    @BeforeEach
    void init() {
        cases = new CaseDriver(port);
        flow = new CaseFlow(cases, engine);
        complaints = new ComplaintDriver(cases);
    }

    @Test
    void objectionFromTheBoardIsAComplaintInTheLedgerAndTheCaseAndIsAnsweredUnderItsCode() {
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        long noticeId = cases.caseOf("county", caseId).get("notices").get(0).get("noticeId").asLong();
        var filed = anonymous().header("X-Forwarded-For", "10.79.0.1").post(
                "/api/public/notices/" + noticeId + "/objections",
                Map.of("content", "<script>x</script>该户有车", "contactName", "李四"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(202);
        String code = filed.json().get("trackingCode").asText();

        JsonNode line = ledgerLine("township-dh", "/api/complaints?status=OPEN", code);
        assertThat(line.get("channel").asText()).isEqualTo("ONLINE");
        assertThat(line.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(line.get("due").asText()).isNotBlank();
        assertThat(line.get("overdue").asBoolean()).isFalse();
        assertThat(cases.caseOf("township-dh", caseId).get("complaints").findValuesAsText("trackingCode"))
                .containsExactly(code);
        assertThat(cases.caseOf("township-dh", caseId).get("objections").findValuesAsText("trackingCode"))
                .containsExactly(code);

        String instance = cases.as("county").get("/api/complaints/" + line.get("complaintId").asLong()).json()
                .get("processInstanceId").asText();
        complaints.answer("township-dh", instance, "unfounded", "车辆已过户");

        var tracked = anonymous().header("X-Forwarded-For", "10.79.0.2").get("/api/public/complaints/" + code);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(tracked.json().get("reply").asText()).isEqualTo("车辆已过户");
        assertThat(ledgerLine("county", "/api/complaints?status=CLOSED", code).get("founded").asBoolean()).isFalse();
        assertThat(anonymous().get("/api/public/objections/" + code).status()).isEqualTo(200);
    }

    @Test
    void invalidIntakeIsRefusedFieldByFieldAndNothingIsStored() {
        int before = count();
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "ONLINE");
        body.put("anonymous", false);
        body.put("complainantPhone", "abc");
        body.put("content", "<p></p>");
        body.put("caseId", 99_999_999L);
        var refused = cases.as("township-dh").post("/api/complaints", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .contains("channel", "complainantName", "complainantPhone", "content", "caseId");
        body.put("channel", "LETTER");
        body.put("complainantName", "张三");
        body.put("complainantPhone", "13800001111");
        body.put("content", "x".repeat(2001));
        body.put("caseId", null);
        body.put("householdId", null);
        var tooLong = cases.as("township-dh").post("/api/complaints", body);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").findValuesAsText("field")).contains("content", "caseId");
        assertThat(count()).isEqualTo(before);
        assertThat(cases.as("inspector").post("/api/complaints", body).status()).isEqualTo(403);
    }

    @Test
    void officersOutsideTheComplaintsRegionDoNotSeeIt() {
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        JsonNode registered = complaints.register("village-dh1", ComplaintDriver.about("caseId", caseId, "冒领"));
        long complaintId = registered.get("complaintId").asLong();

        assertThat(cases.as("village-xs1").get("/api/complaints/" + complaintId).status()).isEqualTo(404);
        assertThat(cases.as("village-dh2").get("/api/complaints/" + complaintId).status()).isEqualTo(404);
        assertThat(cases.as("village-xs1").get("/api/complaints?regionCode=511999101001").status()).isEqualTo(404);
        assertThat(cases.as("village-xs1").get("/api/complaints").json().findValuesAsText("trackingCode"))
                .doesNotContain(registered.get("trackingCode").asText());
        assertThat(cases.as("village-dh1").get("/api/complaints/" + complaintId).status()).isEqualTo(200);
        var foreign = cases.as("village-xs1").post("/api/complaints", ComplaintDriver.about("caseId", caseId, "x"));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("caseId");
    }

    @Test
    void theLedgerNarrowsToOneCaseOrHouseholdAndItsTasksNameTheComplaint() {
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        long otherCase = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        long householdId = cases.caseOf("county", caseId).get("householdId").asLong();
        JsonNode mine = complaints.register("village-dh1", ComplaintDriver.about("caseId", caseId, "隐瞒收入"));
        JsonNode other = complaints.register("village-dh1", ComplaintDriver.about("caseId", otherCase, "另一户"));
        String code = mine.get("trackingCode").asText();

        assertThat(codes("county", "/api/complaints?caseId=" + caseId)).contains(code)
                .doesNotContain(other.get("trackingCode").asText());
        assertThat(codes("township-dh", "/api/complaints?householdId=" + householdId)).contains(code)
                .doesNotContain(other.get("trackingCode").asText());
        assertThat(codes("county", "/api/complaints?status=CLOSED&caseId=" + caseId)).doesNotContain(code);
        assertThat(codes("village-xs1", "/api/complaints?caseId=" + caseId)).isEmpty();
        assertThat(cases.as("county").get("/api/complaints?caseId=x").status()).isEqualTo(400);

        String task = complaints.taskOrNull("township-dh", mine.get("processInstanceId").asText(), "investigate");
        JsonNode form = cases.as("township-dh").get("/api/tasks/" + task).json().get("task");
        assertThat(form.get("complaintId").asLong()).isEqualTo(mine.get("complaintId").asLong());
        assertThat(form.hasNonNull("caseId")).isFalse();
    }

    @Test
    void statisticsCountTheLedgerByChannelAndTownship() {
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        Map<String, Object> letter = ComplaintDriver.about("caseId", caseId, "来信反映");
        letter.put("channel", "LETTER");
        complaints.register("township-dh", letter);

        JsonNode stats = cases.as("county").get("/api/complaints/statistics").json();
        assertThat(stats.get("total").get("received").asLong()).isPositive();
        assertThat(stats.get("byChannel").get("LETTER").get("received").asLong()).isPositive();
        assertThat(stats.get("byTownship").get("511999101000").get("received").asLong()).isPositive();
        assertThat(cases.as("township-xs").get("/api/complaints/statistics").json().get("byTownship")
                .has("511999101000")).isFalse();
    }

    @Test
    void excelExportWritesFormulaLikeTextAsText() throws Exception {
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        String payload = "=HYPERLINK(\"http://evil.example\",\"点击\")";
        complaints.register("village-dh1", ComplaintDriver.about("caseId", caseId, payload));

        byte[] file = cases.as("township-dh").download("/api/complaints.xlsx");

        boolean found = false;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && payload.equals(cell.getStringCellValue())) {
                        found = true;
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                    }
                }
            }
        }
        assertThat(found).as("the formula-like content is in the export as text").isTrue();
    }

    private JsonNode ledgerLine(String officer, String path, String trackingCode) {
        for (JsonNode line : cases.as(officer).get(path).json()) {
            if (line.get("trackingCode").asText().equals(trackingCode)) {
                return line;
            }
        }
        throw new AssertionError(trackingCode + " not in " + path + " for " + officer);
    }

    private List<String> codes(String officer, String path) {
        var response = cases.as(officer).get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().findValuesAsText("trackingCode");
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
    }
}
