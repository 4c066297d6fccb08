package org.yangguang.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Drives application cases through the REST API as the demo officers, the way the pages do. */
public final class CaseDriver {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final int port;

    public CaseDriver(int port) {
        this.port = port;
    }

    public ApiClient as(String username) {
        return new ApiClient(port).login(username);
    }

    /** Applies as the officer and answers the case id; fails unless 201. */
    public long apply(String officer, Households household) {
        ApiClient.Response response = as(officer).post("/api/applications", household.body());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("status").asText()).isEqualTo("APPLIED");
        return response.json().get("caseId").asLong();
    }

    /** The id of the open task of the case with the key, from the officer's own inbox; fails when absent. */
    public String task(String officer, long caseId, String taskKey) {
        for (JsonNode task : as(officer).get("/api/tasks?scope=todo").json()) {
            if (task.path("caseId").asLong() == caseId && task.path("taskKey").asText().equals(taskKey)) {
                return task.get("taskId").asText();
            }
        }
        throw new AssertionError("no " + taskKey + " of case " + caseId + " in the inbox of " + officer);
    }

    public ApiClient.Response complete(String officer, long caseId, String taskKey, Map<String, Object> body) {
        return as(officer).post("/api/tasks/" + task(officer, caseId, taskKey) + "/complete", body);
    }

    /** Completes and fails the test unless the server answers 204. */
    public void done(String officer, long caseId, String taskKey, Map<String, Object> body) {
        ApiClient.Response response = complete(officer, caseId, taskKey, body);
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    public JsonNode caseOf(String officer, long caseId) {
        ApiClient.Response response = as(officer).get("/api/cases/" + caseId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    public static Map<String, Object> survey(String decision) {
        return Map.of("decision", decision, "opinion", "经入户调查", "investigators", List.of("王调查", "李调查"),
                "visitDate", TODAY.toString(), "findings", "家庭住房简陋，收入来源单一");
    }

    public static Map<String, Object> review(String assetsVerdict, String reason) {
        return Map.of("meetingDate", TODAY.toString(), "attendees", 9, "residentRepresentatives", 7, "items", List.of(
                Map.of("item", "MEMBERS", "verdict", "TRUE"),
                Map.of("item", "INCOME", "verdict", "TRUE"),
                reason == null ? Map.of("item", "ASSETS", "verdict", assetsVerdict)
                        : Map.of("item", "ASSETS", "verdict", assetsVerdict, "reason", reason),
                Map.of("item", "SUPPORTERS", "verdict", "TRUE")));
    }

    public static Map<String, Object> visit(String decision) {
        return Map.of("decision", decision, "opinion", "县级核查", "visitDate", TODAY.toString(), "findings", "情况属实");
    }
}
