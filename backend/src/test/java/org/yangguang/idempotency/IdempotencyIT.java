package org.yangguang.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.Households;
import org.yangguang.support.Races;
import org.yangguang.support.RosterFile;

/**
 * Header {@code Idempotency-Key} on writes: a repeated submission takes effect once and gets the first
 * answer again; the key on another request is 422; a repeat racing the first is 409 or the first's
 * answer, never a second effect; keys belong to one officer and expire.
 */
class IdempotencyIT extends ApiIT {

    private static final int RACES = 20;
    private static final String COMPLAINTS = "/api/complaints";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdempotentRequests requests;

    @Test
    void aRepeatedSubmissionTakesEffectOnceAndGetsTheFirstAnswer() {
        ApiClient village = as("village-dh1");
        String content = unique("重复提交");
        Map<String, String> key = key();

        ApiClient.Response first = village.post(COMPLAINTS, complaint(content), key);
        ApiClient.Response again = village.post(COMPLAINTS, complaint(content), key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(again.contentType()).isEqualTo(first.contentType());
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(complaintsWith(content)).isEqualTo(1);
    }

    @Test
    void theSameKeyOnAnotherRequestIs422AndChangesNothing() {
        ApiClient village = as("village-dh1");
        String content = unique("原投诉");
        String other = unique("另一投诉");
        Map<String, String> key = key();
        assertThat(village.post(COMPLAINTS, complaint(content), key).status()).isEqualTo(201);

        ApiClient.Response otherBody = village.post(COMPLAINTS, complaint(other), key);
        ApiClient.Response otherPath = village.send("PUT", COMPLAINTS, complaint(content), key);

        for (ApiClient.Response refused : List.of(otherBody, otherPath)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asText()).contains("Idempotency-Key");
        }
        assertThat(complaintsWith(other)).isZero();
        assertThat(complaintsWith(content)).isEqualTo(1);
    }

    @Test
    void aDoubleSubmittedTaskCompletionIsDoneOnceAndBothSee204() {
        CaseDriver cases = new CaseDriver(port);
        long caseId = cases.apply("village-dh1", Households.typical("511999101001"));
        ApiClient township = as("township-dh");
        String path = "/api/tasks/" + cases.task("township-dh", caseId, "accept") + "/complete";
        Map<String, String> key = key();

        ApiClient.Response first = township.post(path, Map.of("decision", "accept"), key);
        ApiClient.Response again = township.post(path, Map.of("decision", "accept"), key);
        ApiClient.Response withoutKey = township.post(path, Map.of("decision", "accept"));

        assertThat(first.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(again.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(withoutKey.status()).as("a new submission of a done task").isEqualTo(409);
        JsonNode timeline = cases.caseOf("township-dh", caseId).get("timeline");
        assertThat(StreamSupport.stream(timeline.spliterator(), false)
                .filter(line -> "accept".equals(line.path("decision").asText())).count()).isEqualTo(1);
    }

    @Test
    void simultaneousDuplicatesTakeEffectOnce() {
        ApiClient village = as("village-dh1");
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int race = 0; race < RACES; race++) {
            String content = unique("并发重复");
            Map<String, String> key = key();

            List<ApiClient.Response> answers = Races.atOnce(() -> village.post(COMPLAINTS, complaint(content), key),
                    () -> village.post(COMPLAINTS, complaint(content), key));

            int fresh = 0;
            for (ApiClient.Response answer : answers) {
                boolean replayed = answer.headers().firstValue("Idempotency-Replayed").isPresent();
                String outcome = answer.status() + (replayed ? " replayed" : answer.status() == 201 ? " ran" : "");
                outcomes.merge(outcome, 1, Integer::sum);
                assertThat(outcome).as(answers.toString()).isIn("201 ran", "201 replayed", "409");
                fresh += outcome.equals("201 ran") ? 1 : 0;
            }
            assertThat(fresh).as("exactly one ran: " + answers).isEqualTo(1);
            assertThat(complaintsWith(content)).as("one complaint").isEqualTo(1);
        }
        System.out.printf("[concurrency] idempotency: %d races of 2 identical submissions with one Idempotency-Key, "
                + "answers %s, 1 complaint stored per race%n", RACES, outcomes);
    }

    @Test
    void anUploadRepeatedWithTheSameKeyCountsByItsPartsNotItsBoundary() {
        byte[] roster = new RosterFile().bytes();
        ApiClient county = as("county").header("Idempotency-Key", UUID.randomUUID().toString());

        ApiClient.Response first = county.postMultipart("/api/imports/roster", Map.of(), "file", "roster.xlsx", roster);
        ApiClient.Response again = county.postMultipart("/api/imports/roster", Map.of(), "file", "roster.xlsx", roster);
        ApiClient.Response otherFile = county.postMultipart("/api/imports/roster", Map.of(), "file", "roster.xlsx",
                "another file".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(first.status()).as(first.body()).isLessThan(500);
        assertThat(first.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(otherFile.status()).isEqualTo(422);
    }

    @Test
    void keysBelongToOneOfficer() {
        Map<String, String> key = key();
        String content = unique("各自的键");
        ApiClient.Response mine = as("village-dh1").post(COMPLAINTS, complaint(content), key);
        ApiClient.Response theirs = as("village-dh2").post(COMPLAINTS, complaint(content), key);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(theirs.json().get("complaintId")).isNotEqualTo(mine.json().get("complaintId"));
        assertThat(complaintsWith(content)).isEqualTo(2);
    }

    @Test
    void passwordChangesAreNeverKept() {
        String username = unique("idem-pw");
        ApiClient admin = as("admin");
        assertThat(admin.post("/api/admin/officers", Map.of("username", username, "displayName", "测试干部", "role",
                "VILLAGE", "regionCode", "511999101002", "password", "Good#Pass1")).status()).isEqualTo(201);
        String key = UUID.randomUUID().toString();
        String path = "/api/admin/officers/" + username + "/password";

        ApiClient.Response first = admin.post(path, Map.of("password", "Fresh#Pass2"), Map.of("Idempotency-Key", key));
        ApiClient.Response again = admin.post(path, Map.of("password", "Fresh#Pass2"), Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(204);
        assertThat(again.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_key WHERE idem_key = ?", Integer.class, key))
                .isZero();
    }

    @Test
    void anExpiredKeyIsUsedAfresh() {
        String key = UUID.randomUUID().toString();
        Instant longAgo = Instant.now().minus(requests.retention()).minus(Duration.ofHours(1));
        jdbc.update("INSERT INTO idempotency_key (username, idem_key, method, path, request_hash, status, created_at) "
                + "VALUES (?, ?, 'POST', '/api/complaints', ?, 201, ?)", "village-dh1", key, "0".repeat(64),
                Timestamp.from(longAgo));
        String content = unique("过期的键");

        ApiClient.Response answer = as("village-dh1").post(COMPLAINTS, complaint(content),
                Map.of("Idempotency-Key", key));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(complaintsWith(content)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_key WHERE created_at < ?", Integer.class,
                Timestamp.from(Instant.now().minus(requests.retention())))).as("the expired key is gone").isZero();
    }

    @Test
    void aMalformedKeyIs400AndReadsAreUntouched() {
        ApiClient village = as("village-dh1");
        String content = unique("坏键");
        ApiClient.Response refused = village.post(COMPLAINTS, complaint(content), Map.of("Idempotency-Key", "a b"));
        ApiClient.Response tooLong = village.post(COMPLAINTS, complaint(content),
                Map.of("Idempotency-Key", "k".repeat(101)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(complaintsWith(content)).isZero();
        assertThat(village.send("GET", COMPLAINTS, null, Map.of("Idempotency-Key", "a b")).status()).isEqualTo(200);
    }

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static Map<String, Object> complaint(String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "HOTLINE");
        body.put("anonymous", false);
        body.put("complainantName", "王五");
        body.put("complainantPhone", "13800001111");
        body.put("officerUsername", "township-dh");
        body.put("content", content);
        return body;
    }

    private int complaintsWith(String content) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE content = ?", Integer.class, content);
    }
}
