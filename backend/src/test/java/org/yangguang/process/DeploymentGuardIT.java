package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;
import org.yangguang.support.TestAccounts;

/**
 * Deployments as Camunda Modeler sends them, through the deployment guard: a changed notice period
 * is live for new cases while running ones keep theirs; scripts, classes, a missing time-to-live,
 * user tasks outside the jurisdiction convention and removed task keys are refused with the
 * reason, nothing deployed, and the refusal recorded.
 */
class DeploymentGuardIT extends ApiIT {

    @Autowired
    ProcessEngine engine;

    @Test
    void aChangedNoticePeriodFromTheModelerIsUsedByNewCasesOnly() throws Exception {
        CaseFlow flow = new CaseFlow(new CaseDriver(port), engine);
        long before = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        String original = Files.readString(Path.of("..", "bpmn", "dibao-application.bpmn"));
        String tenDays = original.replace(">P7D<", ">P10D<");
        assertThat(tenDays).isNotEqualTo(original);
        try {
            var deployed = modelerDeploy("dibao-application.bpmn", tenDays);
            assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
            long after = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
            assertThat(daysUntil(flow, before)).isEqualTo(7);
            assertThat(daysUntil(flow, after)).isEqualTo(10);
        } finally {
            assertThat(modelerDeploy("dibao-application.bpmn", original).status()).isEqualTo(200);
        }
    }

    @Test
    void aScriptTaskIsRefusedWithItsReasonAndNothingIsDeployed() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("guard-script").camundaHistoryTimeToLive(1830)
                .startEvent().scriptTask("runScript").scriptFormat("javascript").scriptText("1 + 1").endEvent().done();
        refused(model, "脚本任务");
    }

    @Test
    void aJavaClassIsRefused() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("guard-class").camundaHistoryTimeToLive(1830)
                .startEvent().serviceTask("callJava").camundaClass("java.lang.Runtime").endEvent().done();
        refused(model, "java.lang.Runtime");
    }

    @Test
    void anExpressionNamingAnotherBeanIsRefused() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("guard-bean").camundaHistoryTimeToLive(1830)
                .startEvent().serviceTask("callBean").camundaExpression("${dataSource.getConnection()}").endEvent().done();
        refused(model, "dataSource");
    }

    @Test
    void aModelWithoutHistoryTimeToLiveIsRefused() {
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess("guard-ttl").startEvent().endEvent().done())
                .replaceAll("\\s+camunda:historyTimeToLive=\"[^\"]*\"", "");
        assertThat(xml).doesNotContain("historyTimeToLive");
        refused("guard-ttl", xml, "historyTimeToLive");
    }

    @Test
    void aUserTaskOutsideTheJurisdictionConventionIsRefused() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("guard-task").camundaHistoryTimeToLive(1830)
                .startEvent().userTask("anyone").camundaCandidateGroups("everybody").endEvent().done();
        refused(model, "everybody");
    }

    @Test
    void removingATaskKeyOfTheApplicationIsRefused() throws Exception {
        String original = Files.readString(Path.of("..", "bpmn", "dibao-application.bpmn"));
        String withoutReview = original.replace("id=\"review\"", "id=\"reviewRenamed\"")
                .replace("bpmnElement=\"review\"", "bpmnElement=\"reviewRenamed\"")
                .replace("targetRef=\"review\"", "targetRef=\"reviewRenamed\"")
                .replace("sourceRef=\"review\"", "sourceRef=\"reviewRenamed\"");
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        var response = modelerDeploy("dibao-application.bpmn", withoutReview);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("review");
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    }

    private void refused(BpmnModelInstance model, String reason) {
        String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next()
                .getId();
        refused(key, Bpmn.convertToString(model), reason);
    }

    private void refused(String key, String xml, String reason) {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        var response = modelerDeploy(key + ".bpmn", xml);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(reason);
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count())
                .isZero();
        assertThat(as("inspector").get("/api/audit/events?type=MODEL_REJECTED").body()).contains(key + ".bpmn");
    }

    /** Exactly what Camunda Modeler's Deploy button sends. */
    private ApiClient.Response modelerDeploy(String fileName, String xml) {
        return anonymous().basicAuth("supervisor", TestAccounts.PASSWORD)
                .modelerDeploy(fileName, xml.getBytes(StandardCharsets.UTF_8));
    }

    private long daysUntil(CaseFlow flow, long caseId) {
        Date due = flow.noticeTimer(caseId).getDuedate();
        return Math.round(Duration.between(new Date().toInstant(), due.toInstant()).toHours() / 24.0);
    }
}
