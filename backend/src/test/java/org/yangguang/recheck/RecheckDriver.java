package org.yangguang.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;

/** Drives enrolled households and their re-checks over HTTP, as the officers' pages do. */
final class RecheckDriver {

    static final String VILLAGE = CaseFlow.VILLAGE;

    private final CaseDriver cases;
    private final CaseFlow flow;

    RecheckDriver(CaseDriver cases, CaseFlow flow) {
        this.cases = cases;
        this.flow = flow;
    }

    /** An enrolled household: its declaration (to declare again) and its id. */
    record Enrolled(Households declaration, long householdId) {}

    Enrolled enrolled() {
        Households declaration = Households.typical(VILLAGE);
        long caseId = flow.approved(declaration, "township-dh");
        return new Enrolled(declaration, cases.caseOf("county", caseId).get("householdId").asLong());
    }

    JsonNode household(long householdId) {
        var response = cases.as("county").get("/api/households/" + householdId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    long start(long householdId, String reason) {
        var response = cases.as("township-dh").post("/api/households/" + householdId + "/rechecks",
                Map.of("reason", reason));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("caseId").asLong();
    }

    /** Declaration and survey done: the case waits at {@code recheckDecision}. */
    void toDecision(long caseId, Households declaration) {
        cases.done("village-dh1", caseId, "declare", Map.of("decision", "submit", "household", declaration.body()));
        cases.done("township-dh", caseId, "recheckSurvey", Map.of("decision", "pass", "investigators",
                List.of("王调查", "李调查"), "visitDate", CaseDriver.TODAY.toString(), "findings", "家中情况已核实"));
    }

    void decide(long caseId, Map<String, Object> body) {
        cases.done("township-dh", caseId, "recheckDecision", body);
    }

    org.yangguang.support.ApiClient.Response complete(String officer, long caseId, String taskKey,
            Map<String, Object> body) {
        return cases.complete(officer, caseId, taskKey, body);
    }

    void confirm(long caseId) {
        cases.done("county", caseId, "recheckConfirm", Map.of("decision", "approve"));
    }

    JsonNode caseOf(long caseId) {
        return cases.caseOf("county", caseId);
    }
}
