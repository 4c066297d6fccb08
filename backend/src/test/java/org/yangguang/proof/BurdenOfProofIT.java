package org.yangguang.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseKind;
import org.yangguang.casework.CaseRecord;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;
import org.yangguang.verification.WarningCode;
import org.yangguang.verification.WarningDraft;
import org.yangguang.verification.Warnings;

/**
 * {@code burden-of-proof} on the real engine: a warning on an enrolled household asks it for
 * evidence; the township accepts it, or rejects it (stop or reduce, overpaid money computed month
 * by month), or the deadline passes and the allowance stops by itself.
 */
class BurdenOfProofIT extends ApiIT {

    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    ProcessEngine engine;

    @Autowired
    Warnings warnings;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    AllowanceHistory history;

    CaseDriver cases;
    CaseFlow flow;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        cases = new CaseDriver(port);
        flow = new CaseFlow(cases, engine);
    }

    @Test
    void acceptedEvidenceClearsTheWarningAndTheAllowanceGoesOn() {
        long householdId = enrolledHousehold();
        long proofCase = warn(householdId);
        ProcessInstance instance = instance(proofCase);
        BpmnAwareTests.assertThat(instance).hasPassed("requestEvidence").isWaitingAt("submitEvidence");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup("township-511999101000");
        assertThat(cases.caseOf("township-dh", proofCase).get("documents").findValuesAsText("kind"))
                .containsExactly("EVIDENCE_REQUEST");

        submitEvidence(proofCase);
        cases.done("township-dh", proofCase, "decideEvidence", Map.of("decision", "accept", "opinion", "车辆已于上月过户"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("clearWarnings", "cleared");
        JsonNode household = household(householdId);
        assertThat(household.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(household.get("monthlyAmount").asText()).isEqualTo("865.00");
        assertThat(household.get("warnings").findValuesAsText("status")).containsExactly("CLEARED");
        assertThat(cases.caseOf("township-dh", proofCase).get("status").asText()).isEqualTo("CLEARED");
    }

    @Test
    void rejectedEvidenceStopsTheAllowanceAndComputesTheOverpaidMoneyMonthByMonth() {
        long householdId = enrolledHousehold();
        history.record(householdId, THIS_MONTH.minusMonths(3), new BigDecimal("865.00"), "ENROLMENT", null);
        long proofCase = warn(householdId);
        ProcessInstance instance = instance(proofCase);
        submitEvidence(proofCase);
        cases.done("township-dh", proofCase, "decideEvidence", Map.of("decision", "reject", "opinion", "说明不成立",
                "action", "STOP", "overpaidSince", THIS_MONTH.minusMonths(2).toString()));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("sanction", "sanctioned");
        JsonNode household = household(householdId);
        assertThat(household.get("status").asText()).isEqualTo("STOPPED");
        assertThat(household.get("warnings").findValuesAsText("status")).containsExactly("CONFIRMED");
        JsonNode view = cases.caseOf("township-dh", proofCase);
        assertThat(view.get("status").asText()).isEqualTo("STOPPED");
        assertThat(view.get("documents").findValuesAsText("kind")).containsExactly("EVIDENCE_REQUEST", "DECISION_NOTICE");
        // Three months paid since the household stopped qualifying (two months ago to this month), 865.00 each.
        assertThat(recoveryTotal(proofCase)).isEqualTo("2595.00");
    }

    @Test
    void aReductionRecoversOnlyTheDifference() {
        long householdId = enrolledHousehold();
        history.record(householdId, THIS_MONTH.minusMonths(3), new BigDecimal("865.00"), "ENROLMENT", null);
        long proofCase = warn(householdId);
        submitEvidence(proofCase);
        cases.done("township-dh", proofCase, "decideEvidence", Map.of("decision", "reject", "opinion", "有小额经营收入",
                "action", "REDUCE", "newAmount", "500.00", "overpaidSince", THIS_MONTH.minusMonths(1).toString()));

        JsonNode household = household(householdId);
        assertThat(household.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(household.get("monthlyAmount").asText()).isEqualTo("500.00");
        assertThat(household.get("history").findValuesAsText("reason")).contains("REDUCE");
        assertThat(cases.caseOf("township-dh", proofCase).get("status").asText()).isEqualTo("REDUCED");
        // Two months at 865.00 where 500.00 was due.
        assertThat(recoveryTotal(proofCase)).isEqualTo("730.00");
    }

    @Test
    void aReductionMustBeLowerThanTheAllowanceAndNothingIsStoredOtherwise() {
        long householdId = enrolledHousehold();
        long proofCase = warn(householdId);
        submitEvidence(proofCase);
        var refused = cases.complete("township-dh", proofCase, "decideEvidence",
                Map.of("decision", "reject", "opinion", "有经营收入", "action", "REDUCE", "newAmount", "900.00"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("newAmount");
        BpmnAwareTests.assertThat(instance(proofCase)).isWaitingAt("decideEvidence");
        assertThat(household(householdId).get("monthlyAmount").asText()).isEqualTo("865.00");
    }

    @Test
    void noEvidenceByTheDeadlineStopsTheAllowanceWithALetterAndAnAuditRecord() {
        long householdId = enrolledHousehold();
        long proofCase = warn(householdId);
        ProcessInstance instance = instance(proofCase);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .singleResult();
        Duration allowed = Duration.between(new Date().toInstant(), timer.getDuedate().toInstant());
        assertThat(allowed.toDays()).isBetween(14L, 15L);

        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        try {
            engine.getManagementService().executeJob(timer.getId());
        } finally {
            ClockUtil.reset();
        }

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("evidenceDeadline", "expire", "stoppedAutomatically")
                .hasNotPassed("decideEvidence");
        JsonNode household = household(householdId);
        assertThat(household.get("status").asText()).isEqualTo("STOPPED");
        assertThat(household.get("monthlyAmount").asText()).isEqualTo("0.00");
        JsonNode view = cases.caseOf("township-dh", proofCase);
        assertThat(view.get("status").asText()).isEqualTo("STOPPED");
        assertThat(view.get("documents").findValuesAsText("kind")).contains("DECISION_NOTICE");
        JsonNode audit = cases.as("inspector").get("/api/audit/events?caseId=" + proofCase).json();
        assertThat(audit.toString()).contains("ALLOWANCE_STOPPED");
    }

    @Test
    void aSecondWarningJoinsTheRunningCase() {
        long householdId = enrolledHousehold();
        long first = warn(householdId);
        long second = warn(householdId);
        assertThat(second).isEqualTo(first);
        assertThat(household(householdId).get("warnings")).hasSize(2);
    }

    private long enrolledHousehold() {
        long caseId = flow.approved(Households.typical(CaseFlow.VILLAGE), "township-dh");
        return cases.caseOf("county", caseId).get("householdId").asLong();
    }

    /** A vehicle warning on the household's head, as a department import would raise it. */
    private long warn(long householdId) {
        String head = household(householdId).get("members").get(0).get("idNumber").asText();
        warnings.raise(householdId, List.of(new WarningDraft(head, "MEMBER", "VEHICLE", WarningCode.VEHICLE,
                "test-" + UUID.randomUUID(), "名下登记车辆 川A12345（小型汽车），不属于豁免车辆", "{\"号牌\":\"川A12345\"}")));
        List<CaseRecord> proof = caseFiles.ofHousehold(householdId).stream()
                .filter(c -> c.kind() == CaseKind.BURDEN_OF_PROOF)
                .toList();
        assertThat(proof).hasSize(1);
        return proof.get(0).caseId();
    }

    private void submitEvidence(long proofCase) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "submitted");
        body.put("evidence", "车辆行驶证及过户证明");
        body.put("receivedDate", CaseDriver.TODAY.toString());
        cases.done("township-dh", proofCase, "submitEvidence", body);
        BpmnAwareTests.assertThat(instance(proofCase)).isWaitingAt("decideEvidence");
    }

    private String recoveryTotal(long proofCase) {
        JsonNode timeline = cases.caseOf("township-dh", proofCase).get("timeline");
        for (JsonNode event : timeline) {
            if ("RECOVERY_COMPUTED".equals(event.path("action").asText())) {
                return event.path("detail").path("total").asText();
            }
        }
        throw new AssertionError("no recovery computed on case " + proofCase + ": " + timeline);
    }

    private JsonNode household(long householdId) {
        return cases.as("township-dh").get("/api/households/" + householdId).json();
    }

    private ProcessInstance instance(long caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(caseId))
                .singleResult();
    }
}
