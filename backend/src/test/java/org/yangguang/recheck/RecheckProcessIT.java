package org.yangguang.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
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
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.verification.WarningCode;
import org.yangguang.verification.WarningDraft;
import org.yangguang.verification.Warnings;

/**
 * Process {@code recheck} on the real engine, driven over HTTP: each decision's effect from next
 * month, the county's confirmation of changes and exits posted on the board, gradual exit ending by
 * itself after its grace months, and the re-check of a recorded death.
 */
class RecheckProcessIT extends ApiIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final YearMonth NEXT_MONTH = YearMonth.now(ZONE).plusMonths(1);

    @Autowired
    ProcessEngine engine;

    @Autowired
    Warnings warnings;

    @Autowired
    CaseFiles caseFiles;

    RecheckDriver rechecks;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        CaseDriver cases = new CaseDriver(port);
        rechecks = new RecheckDriver(cases, new CaseFlow(cases, engine));
    }

    @Test
    void continuingKeepsTheAmountAndCountsTheIntervalFromToday() {
        RecheckDriver.Enrolled enrolled = rechecks.enrolled();
        String amount = rechecks.household(enrolled.householdId()).get("monthlyAmount").asText();
        long caseId = rechecks.start(enrolled.householdId(), "群众反映家庭收入有变化");
        ProcessInstance instance = instance(caseId);
        BpmnAwareTests.assertThat(instance).isWaitingAt("declare");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup("village-" + CaseFlow.VILLAGE);

        rechecks.toDecision(caseId, enrolled.declaration());
        BpmnAwareTests.assertThat(instance).hasPassed("verifyEconomy").isWaitingAt("recheckDecision");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup("township-511999101000");
        rechecks.decide(caseId, Map.of("decision", "continue"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("applyOutcome").hasNotPassed("postChange");
        assertThat(rechecks.caseOf(caseId).get("status").asText()).isEqualTo("CONTINUED");
        JsonNode household = rechecks.household(enrolled.householdId());
        assertThat(household.get("monthlyAmount").asText()).isEqualTo(amount);
        assertThat(household.get("recheckClass").asText()).isEqualTo("ABLE_TO_WORK");
        assertThat(household.get("nextRecheck").asText()).isEqualTo(CaseDriver.TODAY.plusMonths(6).toString());
    }

    @Test
    void aReductionIsPostedAndReturnedAndConfirmedByTheCountyAndPaidFromNextMonth() {
        RecheckDriver.Enrolled enrolled = rechecks.enrolled();
        long caseId = rechecks.start(enrolled.householdId(), "工资收入增加");
        rechecks.toDecision(caseId, enrolled.declaration());
        rechecks.decide(caseId, Map.of("decision", "reduce", "newAmount", "300.00", "opinion", "工资收入增加"));

        ProcessInstance instance = instance(caseId);
        BpmnAwareTests.assertThat(instance).hasPassed("postChange").isWaitingAt("recheckConfirm");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup("county-511999000000");
        JsonNode notice = rechecks.caseOf(caseId).get("notices").get(0);
        assertThat(notice.get("kind").asText()).isEqualTo("CHANGE");
        assertThat(publicNoticeIds()).contains(notice.get("noticeId").asLong());

        assertThat(rechecks.complete("county", caseId, "recheckConfirm",
                Map.of("decision", "return", "opinion", "减发金额计算有误")).status()).isEqualTo(204);
        BpmnAwareTests.assertThat(instance).hasPassed("withdrawChange").isWaitingAt("recheckDecision");
        assertThat(publicNoticeIds()).doesNotContain(notice.get("noticeId").asLong());
        rechecks.decide(caseId, Map.of("decision", "reduce", "newAmount", "400.00"));
        rechecks.confirm(caseId);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("applyOutcome");
        JsonNode household = rechecks.household(enrolled.householdId());
        assertThat(household.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(household.get("monthlyAmount").asText()).isEqualTo("400.00");
        assertThat(last(household.get("history"))).isEqualTo(NEXT_MONTH + " 400.00 RECHECK_REDUCE");
        JsonNode closed = rechecks.caseOf(caseId);
        assertThat(closed.get("status").asText()).isEqualTo("REDUCED");
        assertThat(closed.get("documents").findValuesAsText("kind")).containsExactly("DECISION_NOTICE");
    }

    @Test
    void anIncreaseTakesTheAmountTheRulesGiveForTheNewDeclaration() {
        RecheckDriver.Enrolled enrolled = rechecks.enrolled();
        JsonNode before = rechecks.household(enrolled.householdId());
        long caseId = rechecks.start(enrolled.householdId(), "户主失业");
        rechecks.toDecision(caseId, enrolled.declaration().set("incomes", List.of()));
        var refused = rechecks.complete("township-dh", caseId, "recheckDecision",
                Map.of("decision", "increase", "newAmount", "1.00"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("newAmount");

        rechecks.decide(caseId, Map.of("decision", "increase"));
        rechecks.confirm(caseId);

        JsonNode after = rechecks.household(enrolled.householdId());
        assertThat(new BigDecimal(after.get("monthlyAmount").asText()))
                .isGreaterThan(new BigDecimal(before.get("monthlyAmount").asText()));
        assertThat(last(after.get("history"))).startsWith(NEXT_MONTH.toString()).endsWith("RECHECK_INCREASE");
        assertThat(rechecks.caseOf(caseId).get("status").asText()).isEqualTo("INCREASED");
    }

    @Test
    void aStopNeedsACodedReasonIsPostedAsAnExitAndSendsAWrittenNotice() {
        RecheckDriver.Enrolled enrolled = rechecks.enrolled();
        long caseId = rechecks.start(enrolled.householdId(), "全家户籍迁出");
        rechecks.toDecision(caseId, enrolled.declaration());
        var refused = rechecks.complete("township-dh", caseId, "recheckDecision", Map.of("decision", "stop"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("exitReason");

        rechecks.decide(caseId, Map.of("decision", "stop", "exitReason", "MOVED_AWAY", "opinion", "全家已迁往外省"));
        assertThat(rechecks.caseOf(caseId).get("notices").get(0).get("kind").asText()).isEqualTo("EXIT");
        rechecks.confirm(caseId);

        JsonNode household = rechecks.household(enrolled.householdId());
        assertThat(household.get("status").asText()).isEqualTo("STOPPED");
        assertThat(household.hasNonNull("nextRecheck")).isFalse();
        assertThat(last(household.get("history"))).isEqualTo(NEXT_MONTH + " 0.00 EXIT_MOVED_AWAY");
        JsonNode closed = rechecks.caseOf(caseId);
        assertThat(closed.get("status").asText()).isEqualTo("STOPPED");
        assertThat(closed.get("documents").findValuesAsText("kind")).containsExactly("DECISION_NOTICE");
    }

    @Test
    void aGradualExitPaysForTheGraceMonthsAndThenStopsByItself() {
        RecheckDriver.Enrolled enrolled = rechecks.enrolled();
        String amount = rechecks.household(enrolled.householdId()).get("monthlyAmount").asText();
        long caseId = rechecks.start(enrolled.householdId(), "户主就业");
        rechecks.toDecision(caseId, enrolled.declaration());
        var refused = rechecks.complete("township-dh", caseId, "recheckDecision",
                Map.of("decision", "stop", "exitReason", "FRAUD", "gradualExit", true));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("gradualExit");

        rechecks.decide(caseId, Map.of("decision", "stop", "exitReason", "INCOME_ABOVE_LINE", "gradualExit", true,
                "opinion", "户主稳定就业，月工资3000元"));
        rechecks.confirm(caseId);

        YearMonth until = NEXT_MONTH.plusMonths(5);
        JsonNode household = rechecks.household(enrolled.householdId());
        assertThat(household.get("status").asText()).isEqualTo("GRADUAL_EXIT");
        assertThat(household.get("gradualExitUntil").asText()).isEqualTo(until.toString());
        assertThat(household.get("monthlyAmount").asText()).isEqualTo(amount);
        ProcessInstance instance = instance(caseId);
        BpmnAwareTests.assertThat(instance).isWaitingAt("graceOver");
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(until.atDay(1).atStartOfDay(ZONE).toInstant());

        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        try {
            engine.getManagementService().executeJob(timer.getId());
        } finally {
            ClockUtil.reset();
        }

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("endGradualExit");
        JsonNode stopped = rechecks.household(enrolled.householdId());
        assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
        assertThat(last(stopped.get("history"))).isEqualTo(until.plusMonths(1) + " 0.00 GRADUAL_EXIT_END");
        assertThat(rechecks.caseOf(caseId).get("documents").findValuesAsText("kind")).containsExactly("DECISION_NOTICE");
    }

    @Test
    void aRecordedDeathIsRecheckedWithinThreeMonthsAndAsksForNoEvidence() {
        RecheckDriver.Enrolled enrolled = rechecks.enrolled();
        long householdId = enrolled.householdId();
        String head = rechecks.household(householdId).get("members").get(0).get("idNumber").asText();
        warnings.raise(householdId, List.of(new WarningDraft(head, "MEMBER", "DEATH", WarningCode.DEATH,
                "test-" + UUID.randomUUID(), "户主已于上月死亡", "{\"死亡日期\":\"2026-10-01\"}")));

        List<CaseRecord> cases = caseFiles.ofHousehold(householdId);
        assertThat(cases).extracting(CaseRecord::kind).contains(CaseKind.RECHECK).doesNotContain(CaseKind.BURDEN_OF_PROOF);
        CaseRecord recheck = cases.stream().filter(c -> c.kind() == CaseKind.RECHECK).findFirst().orElseThrow();
        LocalDate due = LocalDate.ofInstant(recheck.dueAt(), ZONE);
        assertThat(due).isEqualTo(CaseDriver.TODAY.plusMonths(3));
        BpmnAwareTests.assertThat(instance(recheck.caseId())).isWaitingAt("declare");
    }

    private ProcessInstance instance(long caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(caseId))
                .processDefinitionKey(Rechecks.PROCESS_KEY)
                .singleResult();
    }

    private List<Long> publicNoticeIds() {
        return anonymous().get("/api/public/notices?regionCode=" + CaseFlow.VILLAGE).json().findValues("noticeId").stream()
                .map(JsonNode::asLong)
                .toList();
    }

    private static String last(JsonNode history) {
        JsonNode line = history.get(history.size() - 1);
        return line.get("month").asText() + " " + line.get("amount").asText() + " " + line.get("reason").asText();
    }
}
