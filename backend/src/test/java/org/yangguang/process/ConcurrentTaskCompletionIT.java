package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.Households;
import org.yangguang.support.Races;

/**
 * Two township officers of the same township (both in the task's candidate group, each in their own
 * session) complete the same acceptance task at the same instant, twenty times (one case each):
 * exactly one gets 204, the other 409 as problem+json; the case moves on once, with one timeline line
 * and one TASK_COMPLETED record in the audit trail, and the chain stays valid.
 */
class ConcurrentTaskCompletionIT extends ApiIT {

    private static final int RACES = 20;
    private static final String TOWNSHIP = "511999101000";
    private static final String PASSWORD = "Race#Pass2026";

    @Test
    void twoOfficersCompletingOneTaskAtOnceMakeOneCompletion() {
        String colleague = unique("township-dh-b");
        ApiClient.Response created = as("admin").post("/api/admin/officers", Map.of("username", colleague,
                "displayName", "东河镇第二经办人", "role", "TOWNSHIP", "regionCode", TOWNSHIP, "password", PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiClient first = as("township-dh");
        ApiClient second = new ApiClient(port).login(colleague, PASSWORD);
        ApiClient inspector = as("inspector");
        CaseDriver cases = new CaseDriver(port);
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> winners = new TreeMap<>();

        for (int race = 0; race < RACES; race++) {
            long caseId = cases.apply("village-dh1", Households.typical("511999101001"));
            String taskId = taskOf(first, caseId, "accept");
            assertThat(taskOf(second, caseId, "accept")).as("the colleague sees the same task").isEqualTo(taskId);
            String path = "/api/tasks/" + taskId + "/complete";
            Map<String, Object> accept = Map.of("decision", "accept", "opinion", "材料齐全");

            List<ApiClient.Response> answers = Races.atOnce(() -> first.post(path, accept),
                    () -> second.post(path, accept));

            List<Integer> statuses = answers.stream().map(ApiClient.Response::status).sorted().toList();
            assertThat(statuses).as("race " + race + ": " + answers).containsExactly(204, 409);
            statuses.forEach(status -> outcomes.merge(String.valueOf(status), 1, Integer::sum));
            ApiClient.Response loser = answers.get(0).status() == 409 ? answers.get(0) : answers.get(1);
            assertThat(loser.contentType()).startsWith("application/problem+json");
            assertThat(loser.json().get("status").asInt()).isEqualTo(409);
            String winner = answers.get(0).status() == 204 ? "township-dh" : "colleague";
            winners.merge(winner, 1, Integer::sum);

            JsonNode caseFile = cases.caseOf("township-dh", caseId);
            assertThat(caseFile.get("status").asText()).isEqualTo("ACCEPTED");
            assertThat(StreamSupport.stream(caseFile.get("timeline").spliterator(), false)
                    .filter(line -> "accept".equals(line.path("decision").asText())).count())
                    .as("one timeline line of the acceptance").isEqualTo(1);
            List<JsonNode> completions = StreamSupport.stream(
                    inspector.get("/api/audit/events?type=TASK_COMPLETED&caseId=" + caseId).json().spliterator(), false)
                    .toList();
            assertThat(completions).as("one audit record of the completion").hasSize(1);
            assertThat(completions.get(0).get("actor").asText()).isEqualTo(winner.equals("colleague") ? colleague
                    : "township-dh");
            assertThat(taskOf(second, caseId, "survey")).as("the process moved on once").isNotBlank();
        }
        JsonNode chain = inspector.get("/api/audit/verify").json();
        assertThat(chain.get("valid").asBoolean()).as(chain.toString()).isTrue();

        System.out.printf("[concurrency] task completion: %d races of 2 officers completing the same task, answers %s, "
                + "winners %s, 1 timeline line and 1 TASK_COMPLETED audit record per race, audit chain valid%n",
                RACES, outcomes, winners);
    }

    private static String taskOf(ApiClient officer, long caseId, String taskKey) {
        for (JsonNode task : officer.get("/api/tasks?scope=todo").json()) {
            if (task.path("caseId").asLong() == caseId && task.path("taskKey").asText().equals(taskKey)) {
                return task.get("taskId").asText();
            }
        }
        throw new AssertionError("no " + taskKey + " of case " + caseId + " in the inbox");
    }
}
