package org.yangguang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.household.HouseholdForm;
import org.yangguang.household.HouseholdService;
import org.yangguang.identity.OfficerDraft;
import org.yangguang.identity.OfficerService;
import org.yangguang.identity.Role;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;

/** Each red flag appears where its pattern happened, and not on a clean case. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedFlagsIT extends ApiIT {

    static final String SECOND_TOWNSHIP_OFFICER = "township-dh-audit";

    @Autowired
    ProcessEngine engine;

    @Autowired
    OfficerService officers;

    @Autowired
    HouseholdService households;

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    CaseFlow flow;
    long clean;

    @BeforeAll
    void aSecondTownshipOfficerAndACleanCase() {
        if (officers.find(SECOND_TOWNSHIP_OFFICER).isEmpty()) {
            officers.create(new OfficerDraft(SECOND_TOWNSHIP_OFFICER, "钱审核", Role.TOWNSHIP, "511999101000", true,
                    "Sunshine#2026"), "test");
        }
        flow = new CaseFlow(new CaseDriver(port), engine);
        clean = flow.approved(Households.typical(CaseFlow.VILLAGE), SECOND_TOWNSHIP_OFFICER);
    }

    @BeforeEach
    void driver() {
        flow = new CaseFlow(new CaseDriver(port), engine);
    }

    @Test
    void aCloseRelativeCaseIsFlagged() {
        long relative = flow.driver().apply("village-dh1", Households.typical(CaseFlow.VILLAGE).set("relativeOfOfficer", true));
        assertFlag(relative, "CLOSE_RELATIVE", true);
        assertFlag(clean, "CLOSE_RELATIVE", false);
    }

    @Test
    void oneOfficerSurveyingAndAuditingIsFlagged() {
        long same = flow.toApproval(Households.typical(CaseFlow.VILLAGE), "township-dh");
        assertFlag(same, "SAME_OFFICER_SURVEY_AND_DECISION", true);
        assertFlag(clean, "SAME_OFFICER_SURVEY_AND_DECISION", false);
    }

    @Test
    void approvalWithAnObjectionOpenIsFlagged() {
        long caseId = flow.toApproval(Households.typical(CaseFlow.VILLAGE), SECOND_TOWNSHIP_OFFICER);
        JsonNode auditList = flow.driver().caseOf("county", caseId).get("notices").findParents("kind").stream()
                .filter(n -> n.get("kind").asText().equals("AUDIT"))
                .findFirst()
                .orElseThrow();
        var filed = anonymous().header("X-Forwarded-For", "10.88.0.1").post(
                "/api/public/notices/" + auditList.get("noticeId").asLong() + "/objections", Map.of("content", "有房有车"));
        assertThat(filed.status()).isEqualTo(202);
        flow.driver().done("county", caseId, "countyApproval", Map.of("decision", "approve"));
        assertFlag(caseId, "APPROVED_WITH_OPEN_OBJECTION", true);
        assertFlag(clean, "APPROVED_WITH_OPEN_OBJECTION", false);
    }

    @Test
    void aNoticeFiredEarlyIsFlagged() {
        long early = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        var timer = flow.noticeTimer(early);
        var executed = anonymous().basicAuth("supervisor", "Sunshine#2026")
                .post("/engine-rest/job/" + timer.getId() + "/execute", null);
        assertThat(executed.status()).as(executed.body()).isEqualTo(204);
        assertFlag(early, "SHORT_NOTICE", true);
        assertFlag(clean, "SHORT_NOTICE", false);
        JsonNode operations = as("inspector").get("/api/audit/events?type=ENGINE_OPERATION&actor=supervisor").json();
        assertThat(operations.toString()).contains(timer.getId());
    }

    @Test
    void aChangeAfterApprovalIsFlagged() {
        long changed = flow.approved(Households.typical(CaseFlow.VILLAGE), SECOND_TOWNSHIP_OFFICER);
        long householdId = flow.driver().caseOf("county", changed).get("householdId").asLong();
        Households edited = Households.typical(CaseFlow.VILLAGE);
        households.replaceDeclaration(householdId, json.convertValue(edited.body(), HouseholdForm.class), "township-dh");
        assertFlag(changed, "CHANGED_AFTER_APPROVAL", true);
        assertFlag(clean, "CHANGED_AFTER_APPROVAL", false);
    }

    @Test
    void householdsSharingABankAccountOrPhoneAreFlagged() {
        Households first = Households.typical(CaseFlow.VILLAGE);
        long one = flow.driver().apply("village-dh1", first);
        long other = flow.driver().apply("village-dh1", Households.typical(CaseFlow.VILLAGE)
                .set("bankAccount", first.body().get("bankAccount"))
                .set("phone", first.body().get("phone")));
        long householdOne = flow.driver().caseOf("county", one).get("householdId").asLong();
        long householdOther = flow.driver().caseOf("county", other).get("householdId").asLong();
        long householdClean = flow.driver().caseOf("county", clean).get("householdId").asLong();
        for (String code : new String[] {"SHARED_BANK_ACCOUNT", "SHARED_PHONE"}) {
            assertThat(householdsFlagged(code)).contains(householdOne, householdOther).doesNotContain(householdClean);
        }
    }

    @Test
    void aTaskDoneAfterItsDueDateIsFlagged() {
        long late = flow.driver().apply("village-dh1", Households.typical(CaseFlow.VILLAGE));
        flow.driver().done("township-dh", late, "accept", Map.of("decision", "accept"));
        var survey = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(late))
                .singleResult();
        ClockUtil.setCurrentTime(Date.from(survey.getDueDate().toInstant().plus(Duration.ofDays(1))));
        try {
            flow.driver().done("township-dh", late, "survey", CaseDriver.survey("pass"));
        } finally {
            ClockUtil.reset();
        }
        assertFlag(late, "LATE_TASK", true);
        assertFlag(clean, "LATE_TASK", false);
    }

    private void assertFlag(long caseId, String code, boolean expected) {
        boolean found = false;
        for (JsonNode flag : as("inspector").get("/api/audit/flags").json()) {
            if (flag.path("caseId").asLong() == caseId && flag.get("code").asText().equals(code)) {
                found = true;
            }
        }
        assertThat(found).as(code + " on case " + caseId).isEqualTo(expected);
    }

    private java.util.List<Long> householdsFlagged(String code) {
        java.util.List<Long> found = new java.util.ArrayList<>();
        for (JsonNode flag : as("inspector").get("/api/audit/flags").json()) {
            if (flag.get("code").asText().equals(code)) {
                found.add(flag.get("householdId").asLong());
            }
        }
        return found;
    }
}
