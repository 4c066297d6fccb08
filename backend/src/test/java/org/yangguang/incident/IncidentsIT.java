package org.yangguang.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.process.ProcessVariables;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;
import org.yangguang.support.TestAccounts;

/**
 * Open incidents for supervisors: a real job that fails (an asynchronous step of a model deployed
 * through the guard, as Camunda Modeler would) is listed with its process, version, business key,
 * activity, message and time; another try sets its retries to one, resolves the incident and is
 * audited; other roles are refused, and a supervisor of another county sees no incident of a case
 * outside it.
 */
class IncidentsIT extends ApiIT {

    private static final List<String> NOT_SUPERVISORS = List.of("village-dh1", "township-dh", "county", "inspector",
            "admin");

    @Autowired
    ProcessEngine engine;

    @Test
    void aFailedJobIsListedRetriedAndAudited() {
        String key = deployFailingModel();
        String businessKey = unique("probe-");
        String processInstanceId = startProcess(key, businessKey);
        Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).singleResult();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();

        ApiClient supervisor = as("supervisor");
        JsonNode incident = find(supervisor, processInstanceId).orElseThrow();
        assertThat(incident.get("type").asText()).isEqualTo("failedJob");
        assertThat(incident.get("processDefinitionKey").asText()).isEqualTo(key);
        assertThat(incident.get("processDefinitionVersion").asInt()).isEqualTo(1);
        assertThat(incident.get("businessKey").asText()).isEqualTo(businessKey);
        assertThat(incident.get("activityId").asText()).isEqualTo("repairCheck");
        assertThat(incident.get("message").asText()).isNotBlank();
        assertThat(incident.get("time").asText()).isNotBlank();
        assertThat(incident.get("jobId").asText()).isEqualTo(job.getId());
        assertThat(incident.get("retriable").asBoolean()).isTrue();
        assertThat(incident.has("caseId")).isFalse();
        String incidentId = incident.get("id").asText();
        assertThat(supervisor.get("/api/incidents/" + incidentId).json().get("jobId").asText()).isEqualTo(job.getId());

        var retried = supervisor.post("/api/incidents/" + incidentId + "/retry", null);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(find(supervisor, processInstanceId)).isEmpty();
        assertThat(supervisor.get("/api/incidents/" + incidentId).status()).isEqualTo(404);
        assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries())
                .isEqualTo(1);
        String audit = as("inspector").get("/api/audit/events?type=INCIDENT_RETRIED&actor=supervisor").body();
        assertThat(audit).contains(incidentId).contains(job.getId()).contains(key);

        // The try is real: with the missing input supplied, the job now runs and the process ends.
        engine.getRuntimeService().setVariable(processInstanceId, "repair", "supplied");
        engine.getManagementService().executeJob(job.getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .isZero();
    }

    @Test
    void aJobThatFailsAgainOpensANewIncident() {
        String processInstanceId = startProcess(deployFailingModel(), unique("again-"));
        Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).singleResult();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();
        ApiClient supervisor = as("supervisor");
        String first = find(supervisor, processInstanceId).orElseThrow().get("id").asText();

        assertThat(supervisor.post("/api/incidents/" + first + "/retry", null).status()).isEqualTo(200);
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();

        String second = find(supervisor, processInstanceId).orElseThrow().get("id").asText();
        assertThat(second).isNotEqualTo(first);
        engine.getRuntimeService().deleteProcessInstance(processInstanceId, "test over");
    }

    @Test
    void onlySupervisorsSeeOrRetryIncidents() {
        String processInstanceId = startProcess(deployFailingModel(), unique("roles-"));
        Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).singleResult();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();
        String incidentId = find(as("supervisor"), processInstanceId).orElseThrow().get("id").asText();
        try {
            for (String username : NOT_SUPERVISORS) {
                ApiClient officer = as(username);
                assertThat(officer.get("/api/incidents").status()).as(username).isEqualTo(403);
                assertThat(officer.get("/api/incidents/" + incidentId).status()).as(username).isEqualTo(403);
                assertThat(officer.post("/api/incidents/" + incidentId + "/retry", null).status()).as(username)
                        .isEqualTo(403);
            }
            assertThat(anonymous().get("/api/incidents").status()).isEqualTo(401);
            assertThat(engine.getRuntimeService().createIncidentQuery().incidentId(incidentId).count()).isOne();
            assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries())
                    .isZero();
        } finally {
            engine.getRuntimeService().deleteProcessInstance(processInstanceId, "test over");
        }
    }

    @Test
    void aCasesIncidentCarriesTheCaseAndStaysInsideTheJurisdiction() {
        long caseId = new CaseDriver(port).apply("village-dh1", Households.typical(CaseFlow.VILLAGE));
        String processInstanceId = engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals(ProcessVariables.CASE_ID, caseId).singleResult().getId();
        // An incident of another kind than a failed job, raised on the case's process through the engine.
        Incident raised = engine.getRuntimeService().createIncident("yangguangCheck", processInstanceId, "check",
                "needs a look");
        try {
            ApiClient supervisor = as("supervisor");
            JsonNode incident = find(supervisor, processInstanceId).orElseThrow();
            assertThat(incident.get("caseId").asLong()).isEqualTo(caseId);
            assertThat(incident.get("processDefinitionKey").asText()).isEqualTo("dibao-application");
            assertThat(incident.get("retriable").asBoolean()).isFalse();
            var refused = supervisor.post("/api/incidents/" + raised.getId() + "/retry", null);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).contains("application/problem+json");
            assertThat(engine.getRuntimeService().createIncidentQuery().incidentId(raised.getId()).count()).isOne();

            ApiClient elsewhere = supervisorOfAnotherCounty();
            assertThat(find(elsewhere, processInstanceId)).isEmpty();
            assertThat(elsewhere.get("/api/incidents/" + raised.getId()).status()).isEqualTo(404);
            assertThat(elsewhere.post("/api/incidents/" + raised.getId() + "/retry", null).status()).isEqualTo(404);
        } finally {
            engine.getRuntimeService().resolveIncident(raised.getId());
        }
    }

    @Test
    void anUnknownIncidentIsNotFound() {
        assertThat(as("supervisor").get("/api/incidents/no-such-incident").status()).isEqualTo(404);
        assertThat(as("supervisor").post("/api/incidents/no-such-incident/retry", null).status()).isEqualTo(404);
    }

    private static Optional<JsonNode> find(ApiClient client, String processInstanceId) {
        var response = client.get("/api/incidents");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false)
                .filter(i -> processInstanceId.equals(i.path("processInstanceId").asText()))
                .findFirst();
    }

    /**
     * An asynchronous step whose expression fails while the variable {@code repair} is missing;
     * one try (R1), so that its first failure opens the incident. Deployed as Camunda Modeler does.
     */
    private String deployFailingModel() {
        String key = unique("incident-probe-");
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1830)
                .startEvent()
                .serviceTask("repairCheck").camundaAsyncBefore().camundaExpression("${execution.getVariable('repair').trim()}")
                .camundaFailedJobRetryTimeCycle("R1/PT5M")
                .endEvent().done());
        var deployed = anonymous().basicAuth("supervisor", TestAccounts.PASSWORD)
                .modelerDeploy(key + ".bpmn", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
        return key;
    }

    private String startProcess(String key, String businessKey) {
        var started = anonymous().basicAuth("supervisor", TestAccounts.PASSWORD)
                .withoutCsrfHeader()
                .post("/engine-rest/process-definition/key/" + key + "/start", Map.of("businessKey", businessKey));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        return started.json().get("id").asText();
    }

    /** A new county with a supervisor of its own (the demo has one county). */
    private ApiClient supervisorOfAnotherCounty() {
        ApiClient admin = as("admin");
        String county = null;
        for (int attempt = 0; county == null; attempt++) {
            String code = "5119" + (10 + (int) ((System.nanoTime() / 1000 + attempt) % 89)) + "000000";
            var created = admin.post("/api/admin/regions", Map.of("code", code, "name", "测试县" + code.substring(4, 6),
                    "kind", "COUNTY"));
            if (created.status() == 201) {
                county = code;
            } else {
                assertThat(attempt).as(created.body()).isLessThan(20);
            }
        }
        String username = unique("sup-");
        var officer = admin.post("/api/admin/officers", Map.of("username", username, "displayName", "外县监督员",
                "role", "SUPERVISOR", "regionCode", county, "password", "Good#Pass1"));
        assertThat(officer.status()).as(officer.body()).isEqualTo(201);
        return new ApiClient(port).login(username, "Good#Pass1");
    }
}
