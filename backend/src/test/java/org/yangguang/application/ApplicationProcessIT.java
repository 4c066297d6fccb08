package org.yangguang.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.Households;

/**
 * Every path through {@code dibao-application} on the real engine, driven through the REST API
 * by the demo officers, asserted with Camunda BPM Assert.
 */
class ApplicationProcessIT extends ApiIT {

    static final String VILLAGE = "511999101001";

    @Autowired
    ProcessEngine engine;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    CaseDriver cases;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        cases = new CaseDriver(port);
    }

    @Test
    void happyPathEndsEnrolledWithTheComputedAmount() {
        long caseId = cases.apply("village-dh1", Households.typical(VILLAGE));
        ProcessInstance instance = instance(caseId);
        BpmnAwareTests.assertThat(instance).isWaitingAt("accept");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup("township-511999101000");

        cases.done("township-dh", caseId, "accept", Map.of("decision", "accept"));
        BpmnAwareTests.assertThat(instance).isWaitingAt("survey").hasPassed("verification");
        cases.done("township-dh", caseId, "survey", CaseDriver.survey("pass"));
        BpmnAwareTests.assertThat(instance).isWaitingAt("noticePeriod");
        assertThat(cases.caseOf("county", caseId).get("status").asText()).isEqualTo("NOTICE");

        fireNoticeTimer(instance);
        BpmnAwareTests.assertThat(instance).isWaitingAt("review");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup("village-511999101001");
        cases.done("village-dh1", caseId, "review", CaseDriver.review("TRUE", null));
        cases.done("township-dh", caseId, "townshipAudit", Map.of("decision", "approve", "opinion", "同意"));
        BpmnAwareTests.assertThat(instance).isWaitingAt("countyApproval").hasNotPassed("countyVisit");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup("county-511999000000");
        cases.done("county", caseId, "countyApproval", Map.of("decision", "approve", "opinion", "批准"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder("applied", "accept", "survey", "postNotice",
                "noticePeriod", "review", "postReviewList", "townshipAudit", "postAuditList", "countyApproval", "enrol",
                "postApprovalList", "enrolled");
        JsonNode view = cases.caseOf("county", caseId);
        assertThat(view.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(view.get("monthlyAmount").asText()).isEqualTo("865.00");
        assertThat(view.get("perCapitaIncome").asText()).isEqualTo("250.00");
        assertThat(view.get("paymentStartMonth").asText()).isEqualTo(CaseDriver.TODAY.plusMonths(1).toString().substring(0, 7));
        assertThat(view.get("notices").findValuesAsText("kind"))
                .containsExactly("APPLICATION", "REVIEW", "AUDIT", "APPROVAL");
        assertThat(view.get("timeline").findValuesAsText("action")).contains("APPLIED", "TASK_COMPLETED",
                "NOTICE_POSTED", "ENROLLED");
    }

    @Test
    void incompleteMaterialsGoBackToTheVillageWithOneNoticeOfEveryItem() {
        Households household = Households.typical(VILLAGE);
        long caseId = cases.apply("village-dh1", household);
        ProcessInstance instance = instance(caseId);
        cases.done("township-dh", caseId, "accept", Map.of("decision", "incomplete",
                "missingItems", List.of("户口簿复印件", "残疾证复印件")));
        BpmnAwareTests.assertThat(instance).isWaitingAt("supplement");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup("village-511999101001");
        JsonNode view = cases.caseOf("village-dh1", caseId);
        assertThat(view.get("documents").findValuesAsText("kind")).containsExactly("INCOMPLETE_NOTICE");

        cases.done("village-dh1", caseId, "supplement", Map.of("decision", "resubmit", "household", household.body()));
        BpmnAwareTests.assertThat(instance).isWaitingAt("accept");
    }

    @Test
    void aFailedSurveyEndsRefusedWithALetter() {
        long caseId = cases.apply("village-dh1", Households.typical(VILLAGE));
        ProcessInstance instance = instance(caseId);
        cases.done("township-dh", caseId, "accept", Map.of("decision", "accept"));
        cases.done("township-dh", caseId, "survey", CaseDriver.survey("fail"));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("refuse", "refused");
        JsonNode view = cases.caseOf("township-dh", caseId);
        assertThat(view.get("status").asText()).isEqualTo("REFUSED");
        assertThat(view.get("documents").findValuesAsText("kind")).contains("REFUSAL_NOTICE");
    }

    @Test
    void aFoundedObjectionSendsTheCaseBackToTheSurvey() {
        long caseId = toNotice(Households.typical(VILLAGE));
        ProcessInstance instance = instance(caseId);
        String tracking = object(caseId);
        BpmnAwareTests.assertThat(instance).isWaitingAt("handleObjection");
        cases.done("township-dh", caseId, "handleObjection", Map.of("decision", "founded", "findings", "隐瞒经营收入属实"));
        BpmnAwareTests.assertThat(instance).isWaitingAt("survey");
        JsonNode answer = cases.as("county").get("/api/public/objections/" + tracking).json();
        assertThat(answer.get("status").asText()).isEqualTo("CLOSED");
        assertThat(answer.get("reply").asText()).isEqualTo("隐瞒经营收入属实");
        assertThat(cases.caseOf("county", caseId).get("notices").get(0).get("withdrawn").asBoolean()).isTrue();
    }

    @Test
    void anUnfoundedObjectionRestartsTheNoticeAndCallsForACountyVisit() {
        long caseId = toNotice(Households.typical(VILLAGE));
        ProcessInstance instance = instance(caseId);
        object(caseId);
        cases.done("township-dh", caseId, "handleObjection", Map.of("decision", "unfounded", "findings", "经核实不属实"));
        BpmnAwareTests.assertThat(instance).isWaitingAt("noticePeriod");
        assertThat(cases.caseOf("county", caseId).get("notices").findValuesAsText("kind"))
                .containsExactly("APPLICATION", "APPLICATION");
        assertThat(cases.caseOf("county", caseId).get("flags").toString()).contains("COMPLAINT");

        fireNoticeTimer(instance);
        cases.done("village-dh1", caseId, "review", CaseDriver.review("TRUE", null));
        cases.done("township-dh", caseId, "townshipAudit", Map.of("decision", "approve"));
        BpmnAwareTests.assertThat(instance).isWaitingAt("countyVisit");
        cases.done("county", caseId, "countyVisit", CaseDriver.visit("pass"));
        BpmnAwareTests.assertThat(instance).isWaitingAt("countyApproval");
    }

    @Test
    void oneItemFoundFalseVetoesTheApplication() {
        long caseId = toNotice(Households.typical(VILLAGE));
        ProcessInstance instance = instance(caseId);
        fireNoticeTimer(instance);
        cases.done("village-dh1", caseId, "review", CaseDriver.review("FALSE", "家中有未申报的小汽车"));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("refused");
        JsonNode view = cases.caseOf("county", caseId);
        assertThat(view.get("status").asText()).isEqualTo("REFUSED");
        JsonNode review = view.get("timeline").findParents("taskKey").stream()
                .filter(line -> "review".equals(line.path("taskKey").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(review.get("decision").asText()).isEqualTo("veto");
    }

    @Test
    void theTownshipRejectsOrReturns() {
        long rejected = toAudit(Households.typical(VILLAGE));
        ProcessInstance rejectedInstance = instance(rejected);
        var missingOpinion = cases.complete("township-dh", rejected, "townshipAudit", Map.of("decision", "reject"));
        assertThat(missingOpinion.status()).isEqualTo(400);
        assertThat(missingOpinion.json().findValuesAsText("field")).contains("opinion");
        cases.done("township-dh", rejected, "townshipAudit", Map.of("decision", "reject", "opinion", "收入超标"));
        BpmnAwareTests.assertThat(rejectedInstance).isEnded().hasPassed("refused");

        long returned = toAudit(Households.typical(VILLAGE));
        cases.done("township-dh", returned, "townshipAudit", Map.of("decision", "return", "opinion", "调查不充分"));
        BpmnAwareTests.assertThat(instance(returned)).isWaitingAt("survey");
    }

    @Test
    void aCloseRelativeCaseNeedsTheCountysOwnVisit() {
        long caseId = toAudit(Households.typical(VILLAGE).set("relativeOfOfficer", true));
        ProcessInstance instance = instance(caseId);
        cases.done("township-dh", caseId, "townshipAudit", Map.of("decision", "approve"));
        BpmnAwareTests.assertThat(instance).isWaitingAt("countyVisit");
        cases.done("county", caseId, "countyVisit", CaseDriver.visit("fail"));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("refused");
    }

    @Test
    void theCountyRefusesWithALetterOrReturnsToTheTownship() {
        long refused = toApproval(Households.typical(VILLAGE));
        ProcessInstance refusedInstance = instance(refused);
        cases.done("county", refused, "countyApproval", Map.of("decision", "reject", "opinion", "家庭财产超过规定标准"));
        BpmnAwareTests.assertThat(refusedInstance).isEnded().hasPassed("refuse");
        JsonNode view = cases.caseOf("county", refused);
        assertThat(view.get("status").asText()).isEqualTo("REFUSED");
        long documentId = view.get("documents").get(0).get("documentId").asLong();
        var letter = cases.as("county").get("/api/cases/" + refused + "/documents/" + documentId);
        assertThat(letter.status()).isEqualTo(200);

        long returned = toApproval(Households.typical(VILLAGE));
        cases.done("county", returned, "countyApproval", Map.of("decision", "return", "opinion", "金额需复核"));
        BpmnAwareTests.assertThat(instance(returned)).isWaitingAt("townshipAudit");
    }

    @Test
    void theNoticeTimerRunsSevenDays() {
        long caseId = toNotice(Households.typical(VILLAGE));
        var timer = management.createJobQuery().processInstanceId(instance(caseId).getId()).timers().singleResult();
        var posted = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance(caseId).getId())
                .activityId("noticePeriod")
                .singleResult();
        assertThat(Duration.between(posted.getStartTime().toInstant(), timer.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(7).minusSeconds(1), Duration.ofDays(7).plusSeconds(1));
        JsonNode notice = cases.caseOf("county", caseId).get("notices").get(0);
        assertThat(java.time.LocalDate.parse(notice.get("to").asText()))
                .isEqualTo(java.time.LocalDate.parse(notice.get("from").asText()).plusDays(6));
    }

    @Test
    void aTaskCompletedTwiceAnswers409() {
        long caseId = cases.apply("village-dh1", Households.typical(VILLAGE));
        String taskId = cases.task("township-dh", caseId, "accept");
        assertThat(cases.as("township-dh").post("/api/tasks/" + taskId + "/complete", Map.of("decision", "accept")).status())
                .isEqualTo(204);
        assertThat(cases.as("township-dh").post("/api/tasks/" + taskId + "/complete", Map.of("decision", "accept")).status())
                .isEqualTo(409);
    }

    long toNotice(Households household) {
        long caseId = cases.apply("village-dh1", household);
        cases.done("township-dh", caseId, "accept", Map.of("decision", "accept"));
        cases.done("township-dh", caseId, "survey", CaseDriver.survey("pass"));
        return caseId;
    }

    long toAudit(Households household) {
        long caseId = toNotice(household);
        fireNoticeTimer(instance(caseId));
        cases.done("village-dh1", caseId, "review", CaseDriver.review("TRUE", null));
        return caseId;
    }

    long toApproval(Households household) {
        long caseId = toAudit(household);
        cases.done("township-dh", caseId, "townshipAudit", Map.of("decision", "approve"));
        return caseId;
    }

    String object(long caseId) {
        long noticeId = cases.caseOf("county", caseId).get("notices").get(0).get("noticeId").asLong();
        var filed = anonymous().header("X-Forwarded-For", "10.9.0." + (caseId % 250)).post(
                "/api/public/notices/" + noticeId + "/objections",
                Map.of("content", "该户有经营收入未申报", "contactName", "李四"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(202);
        return filed.json().get("trackingCode").asText();
    }

    void fireNoticeTimer(ProcessInstance instance) {
        BpmnAwareTests.assertThat(instance).isWaitingAt("noticePeriod");
        execute(job("noticePeriod", instance));
    }

    /** The case's process instance, looked up while it runs (BPM Assert follows it into history). */
    ProcessInstance instance(long caseId) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(caseId))
                .singleResult();
        assertThat(instance).as("running process of case " + caseId).isNotNull();
        return instance;
    }
}
