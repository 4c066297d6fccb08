package org.yangguang.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.yangguang.support.ApiClient;
import org.yangguang.support.CaseDriver;

/** Registers complaints and completes their tasks through the REST API as the demo officers. */
final class ComplaintDriver {

    private final CaseDriver cases;

    ComplaintDriver(CaseDriver cases) {
        this.cases = cases;
    }

    static Map<String, Object> about(String subjectField, Object subject, String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "HOTLINE");
        body.put("anonymous", false);
        body.put("complainantName", "王五");
        body.put("complainantPhone", "13800001111");
        body.put(subjectField, subject);
        body.put("content", content);
        return body;
    }

    /** Registers as the officer; fails unless 201; answers the response body. */
    JsonNode register(String officer, Map<String, Object> body) {
        ApiClient.Response response = cases.as(officer).post("/api/complaints", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** The open task of the process instance with the key, from the officer's inbox; {@code null} when absent. */
    String taskOrNull(String officer, String processInstanceId, String taskKey) {
        for (JsonNode task : cases.as(officer).get("/api/tasks?scope=todo").json()) {
            if (task.path("processInstanceId").asText().equals(processInstanceId)
                    && task.path("taskKey").asText().equals(taskKey)) {
                return task.get("taskId").asText();
            }
        }
        return null;
    }

    ApiClient.Response complete(String officer, String processInstanceId, String taskKey, Map<String, Object> body) {
        String task = taskOrNull(officer, processInstanceId, taskKey);
        assertThat(task).as(taskKey + " in the inbox of " + officer).isNotNull();
        return cases.as(officer).post("/api/tasks/" + task + "/complete", body);
    }

    void done(String officer, String processInstanceId, String taskKey, Map<String, Object> body) {
        ApiClient.Response response = complete(officer, processInstanceId, taskKey, body);
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    /** Investigation, county confirmation and reply by the given investigating officer. */
    void answer(String investigator, String processInstanceId, String decision, String replyText) {
        done(investigator, processInstanceId, "investigate", Map.of("decision", decision, "findings", "经核实：" + decision));
        done("county", processInstanceId, "countyReview", Map.of("decision", "confirm"));
        done(investigator, processInstanceId, "reply", Map.of("decision", "reply", "replyText", replyText));
    }
}
