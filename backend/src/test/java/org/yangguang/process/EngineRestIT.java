package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiIT;
import org.yangguang.support.TestAccounts;

class EngineRestIT extends ApiIT {

    @Test
    void supervisorWithBasicAuthReachesTheEngine() {
        var response = anonymous().basicAuth("supervisor", TestAccounts.PASSWORD).get("/engine-rest/engine");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get(0).get("name").asText()).isEqualTo("default");
    }

    @Test
    void withoutCredentialsTheAnswerIs401WithABasicChallenge() {
        var response = anonymous().get("/engine-rest/engine");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Basic"));
    }

    @Test
    void aWrongPasswordIs401() {
        assertThat(anonymous().basicAuth("supervisor", "Wrong#2026x").get("/engine-rest/engine").status())
                .isEqualTo(401);
    }

    @Test
    void everyOtherRoleIsRefused() {
        for (String username : TestAccounts.ALL) {
            if (!username.equals("supervisor")) {
                var response = anonymous().basicAuth(username, TestAccounts.PASSWORD).get("/engine-rest/engine");
                assertThat(response.status()).as(username).isEqualTo(403);
            }
        }
    }

    @Test
    void aBrowserSessionDoesNotOpenTheEngineRest() {
        assertThat(as("supervisor").get("/engine-rest/engine").status()).isEqualTo(401);
    }

    @Test
    void aModelerDeploymentAsSupervisorIsRecordedInTheTrail() {
        var model = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("modeler-check")
                .camundaHistoryTimeToLive(1830)
                .startEvent()
                .endEvent()
                .done();
        byte[] xml = org.camunda.bpm.model.bpmn.Bpmn.convertToString(model).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var deployed = anonymous().basicAuth("supervisor", TestAccounts.PASSWORD).postMultipart(
                "/engine-rest/deployment/create",
                java.util.Map.of("deployment-name", "modeler-check", "deployment-source", "Camunda Modeler",
                        "enable-duplicate-filtering", "true"),
                "modeler-check.bpmn", "modeler-check.bpmn", xml);
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
        String deploymentId = deployed.json().get("id").asText();
        var recorded = as("inspector").get("/api/audit/events?type=MODEL_DEPLOYED&actor=supervisor").json();
        assertThat(recorded.toString()).contains(deploymentId).contains("Camunda Modeler");
    }

    @Test
    void theEngineSeesTheCallerAsTheSupervisorWithItsGroups() {
        var response = anonymous()
                .basicAuth("supervisor", TestAccounts.PASSWORD)
                .get("/engine-rest/group?member=supervisor");
        assertThat(response.json().findValuesAsText("id")).contains("supervisor", "supervisor-511999000000");
    }
}
