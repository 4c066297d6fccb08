package org.yangguang.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseKind;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;

/**
 * {@code complaint} on the real engine, driven over the API: founded and unfounded findings, the
 * county sending an investigation back, complaints about officers going to the county, and an
 * investigation that runs past its deadline being escalated.
 */
class ComplaintProcessIT extends ApiIT {

    private static final String DONGHE = "township-511999101000";
    private static final String COUNTY = "county-511999000000";

    @Autowired
    ProcessEngine engine;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    JdbcTemplate jdbc;

    CaseDriver cases;
    CaseFlow flow;
    ComplaintDriver complaints;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        cases = new CaseDriver(port);
        flow = new CaseFlow(cases, engine);
        complaints = new ComplaintDriver(cases);
    }

    @Test
    void foundedComplaintAboutAnEnrolledHouseholdStartsARecheckAndIsAnswered() {
        long caseId = flow.approved(Households.typical(CaseFlow.VILLAGE), "township-dh");
        long householdId = cases.caseOf("county", caseId).get("householdId").asLong();
        JsonNode registered = complaints.register("village-dh1",
                ComplaintDriver.about("householdId", householdId, "<b>家中有人</b>在外地经商，收入较高"));
        ProcessInstance instance = instance(registered);
        BpmnAwareTests.assertThat(instance).isWaitingAt("investigate");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup(DONGHE);

        complaints.answer("township-dh", instance.getId(), "founded", "经查属实，已启动复核");

        BpmnAwareTests.assertThat(instance).isEnded()
                .hasPassedInOrder("registered", "investigate", "countyReview", "settle", "reply", "closed");
        assertThat(caseFiles.ofHousehold(householdId)).anyMatch(c -> c.kind() == CaseKind.RECHECK)
                .noneMatch(c -> c.kind() == CaseKind.BURDEN_OF_PROOF);
        JsonNode tracked = track(registered.get("trackingCode").asText());
        assertThat(tracked.get("status").asText()).isEqualTo("CLOSED");
        assertThat(tracked.get("reply").asText()).isEqualTo("经查属实，已启动复核");
        assertThat(tracked.has("complainantName")).isFalse();
        JsonNode detail = cases.as("township-dh").get("/api/complaints/" + registered.get("complaintId").asLong()).json();
        assertThat(detail.get("content").asText()).isEqualTo("家中有人在外地经商，收入较高");
        assertThat(detail.get("line").get("founded").asBoolean()).isTrue();
        assertThat(auditTypes(registered)).contains("COMPLAINT_REGISTERED", "COMPLAINT_TASK_COMPLETED",
                "COMPLAINT_REPLIED");
    }

    @Test
    void unfoundedComplaintAboutARunningApplicationMarksTheCaseAndStartsNoBurdenOfProof() {
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        long householdId = cases.caseOf("county", caseId).get("householdId").asLong();
        JsonNode registered = complaints.register("township-dh", ComplaintDriver.about("caseId", caseId, "隐瞒收入"));
        ProcessInstance instance = instance(registered);

        JsonNode view = cases.caseOf("township-dh", caseId);
        assertThat(view.get("flags").toString()).contains("COMPLAINT");
        assertThat(view.get("complaints").findValuesAsText("trackingCode"))
                .containsExactly(registered.get("trackingCode").asText());

        complaints.answer("township-dh", instance.getId(), "unfounded", "经查不属实");

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("settle", "reply");
        assertThat(caseFiles.ofHousehold(householdId)).noneMatch(c -> c.kind() == CaseKind.BURDEN_OF_PROOF);
        JsonNode line = cases.caseOf("township-dh", caseId).get("complaints").get(0);
        assertThat(line.get("status").asText()).isEqualTo("CLOSED");
        assertThat(line.get("founded").asBoolean()).isFalse();
    }

    @Test
    void countySendsTheInvestigationBackWithAReason() {
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        ProcessInstance instance = instance(complaints.register("village-dh1",
                ComplaintDriver.about("caseId", caseId, "评议走过场")));
        complaints.done("township-dh", instance.getId(), "investigate",
                Map.of("decision", "unfounded", "findings", "未发现问题"));
        BpmnAwareTests.assertThat(instance).isWaitingAt("countyReview");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup(COUNTY);

        var withoutReason = complaints.complete("county", instance.getId(), "countyReview",
                Map.of("decision", "sendBack"));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("opinion");
        complaints.done("county", instance.getId(), "countyReview",
                Map.of("decision", "sendBack", "opinion", "请走访评议代表"));

        BpmnAwareTests.assertThat(instance).isWaitingAt("investigate")
                .hasPassedInOrder("investigate", "countyReview", "investigationJoin");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup(DONGHE);
    }

    @Test
    void complaintAboutAnOfficerIsInvestigatedAndAnsweredByTheCounty() {
        JsonNode registered = complaints.register("village-dh2",
                ComplaintDriver.about("officerUsername", "township-dh", "办事人员索要好处"));
        ProcessInstance instance = instance(registered);
        BpmnAwareTests.assertThat(instance).isWaitingAt("investigate");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup(COUNTY);
        assertThat(complaints.taskOrNull("township-dh", instance.getId(), "investigate")).isNull();
        assertThat(cases.as("township-dh").get("/api/complaints/" + registered.get("complaintId").asLong()).status())
                .isEqualTo(404);

        complaints.answer("county", instance.getId(), "founded", "已严肃处理");

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(track(registered.get("trackingCode").asText()).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void investigationPastItsDeadlineIsEscalatedToTheCounty() {
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        JsonNode registered = complaints.register("village-dh1", ComplaintDriver.about("caseId", caseId, "超期未办"));
        ProcessInstance instance = instance(registered);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .singleResult();
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(task.getDueDate());

        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        try {
            engine.getManagementService().executeJob(timer.getId());
        } finally {
            ClockUtil.reset();
        }

        BpmnAwareTests.assertThat(instance).isWaitingAt("investigate").hasPassed("escalate", "escalated");
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup(COUNTY);
        BpmnAwareTests.assertThat(instance).task().hasCandidateGroup(DONGHE);
        assertThat(complaints.taskOrNull("county", instance.getId(), "investigate")).isNotNull();
        JsonNode line = cases.as("county").get("/api/complaints/" + registered.get("complaintId").asLong()).json();
        assertThat(line.get("line").get("escalated").asBoolean()).isTrue();
        assertThat(line.get("line").get("due").asText()).isNotBlank();
        assertThat(auditTypes(registered)).contains("COMPLAINT_ESCALATED");
    }

    private ProcessInstance instance(JsonNode registered) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(registered.get("processInstanceId").asText())
                .singleResult();
    }

    private JsonNode track(String trackingCode) {
        var response = anonymous().header("X-Forwarded-For", "10.78." + (port % 250) + "." + (trackingCode.hashCode() & 0xff))
                .get("/api/public/complaints/" + trackingCode);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private java.util.List<String> auditTypes(JsonNode registered) {
        return jdbc.queryForList("SELECT type FROM audit_event WHERE detail LIKE ? ORDER BY id", String.class,
                "%" + registered.get("trackingCode").asText() + "%");
    }
}
