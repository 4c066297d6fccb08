package org.yangguang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;

/** A case driven end to end leaves every action in its dossier, in order, with actors and opinions. */
class DossierIT extends ApiIT {

    @Autowired
    ProcessEngine engine;

    @Test
    void everyActionOfACaseIsInItsDossierInOrder() {
        CaseFlow flow = new CaseFlow(new CaseDriver(port), engine);
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        flow.letNoticeRunOut(caseId);
        flow.driver().done("village-dh1", caseId, "review", CaseDriver.review("TRUE", null));
        flow.driver().done("township-dh", caseId, "townshipAudit", Map.of("decision", "approve", "opinion", "同意纳入"));
        flow.driver().done("county", caseId, "countyApproval", Map.of("decision", "approve", "opinion", "批准纳入"));

        ApiClient inspector = as("inspector");
        JsonNode dossier = inspector.get("/api/audit/cases/" + caseId).json();
        List<String> steps = new ArrayList<>();
        for (JsonNode event : dossier) {
            if (event.get("type").asText().equals("TASK_COMPLETED")) {
                steps.add(event.get("actor").asText() + ":" + event.get("detail").get("taskKey").asText() + ":"
                        + event.get("detail").get("decision").asText());
            }
        }
        assertThat(steps).containsExactly("township-dh:accept:accept", "township-dh:survey:pass",
                "village-dh1:review:pass", "township-dh:townshipAudit:approve", "county:countyApproval:approve");
        List<String> types = dossier.findValuesAsText("type");
        assertThat(types).containsSubsequence("HOUSEHOLD_REGISTERED", "CASE_OPENED", "APPLIED", "TASK_COMPLETED",
                "NOTICE_POSTED", "JOB_EXECUTED", "TASK_COMPLETED", "HOUSEHOLD_ALLOWANCE_CHANGED", "ENROLLED");
        JsonNode approval = dossier.findParents("taskKey").stream()
                .filter(d -> "countyApproval".equals(d.path("taskKey").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(approval.get("opinion").asText()).isEqualTo("批准纳入");
        JsonNode county = null;
        for (JsonNode event : dossier) {
            if (event.get("actor").asText().equals("county") && event.get("type").asText().equals("TASK_COMPLETED")) {
                county = event;
            }
        }
        assertThat(county.get("role").asText()).isEqualTo("COUNTY");
        assertThat(county.get("regionCode").asText()).isEqualTo("511999000000");
        assertThat(inspector.get("/api/cases/" + caseId + "/process").json().get("completedActivityIds").toString())
                .contains("countyApproval", "enrolled");
    }

    @Test
    void theTrailExportsToExcelAndTheExportIsRecorded() throws Exception {
        ApiClient inspector = as("inspector");
        byte[] bytes = inspector.download("/api/audit/events.xlsx?type=LOGIN_SUCCEEDED");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("审计记录");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(sheet.getLastRowNum()).isGreaterThan(1);
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("LOGIN_SUCCEEDED");
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
        }
        assertThat(inspector.get("/api/audit/events?type=EXPORTED&actor=inspector").json().size()).isPositive();
    }

    @Test
    void theDossierExportsWithTheHouseholdsEventsToo() throws Exception {
        CaseFlow flow = new CaseFlow(new CaseDriver(port), engine);
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        ApiClient inspector = as("inspector");
        int events = inspector.get("/api/audit/cases/" + caseId).json().size();

        byte[] bytes = inspector.download("/api/audit/cases/" + caseId + ".xlsx");

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(events + 1);
            List<String> types = new ArrayList<>();
            for (int row = 2; row <= sheet.getLastRowNum(); row++) {
                types.add(sheet.getRow(row).getCell(5).getStringCellValue());
            }
            assertThat(types).contains("HOUSEHOLD_REGISTERED", "APPLIED", "TASK_COMPLETED");
        }
        assertThat(inspector.get("/api/audit/events?type=EXPORTED&actor=inspector").json().toString())
                .contains("AUDIT_DOSSIER");
    }
}
