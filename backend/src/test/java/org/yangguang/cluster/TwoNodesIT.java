package org.yangguang.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiClient;
import org.yangguang.support.AppNode;
import org.yangguang.support.ScratchDatabase;
import org.yangguang.support.TestAccounts;

/**
 * Two application nodes, each the packaged jar in a process of its own, on one MySQL/MariaDB
 * database (docs/operations.md, "Several nodes"): a browser session opened on one node is served by
 * the other, and the two job executors share the jobs without running one twice. Runs in the
 * MySQL/MariaDB suite only (on H2 it is skipped).
 */
class TwoNodesIT {

    private static final int INSTANCES = 200;
    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private static final String[] ONE_JOB_AT_A_TIME = {"--camunda.bpm.job-execution.core-pool-size=1",
            "--camunda.bpm.job-execution.max-pool-size=1", "--camunda.bpm.job-execution.queue-capacity=1",
            "--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
            "--camunda.bpm.job-execution.wait-time-in-millis=500",
            "--camunda.bpm.job-execution.max-wait=1000"};

    private static ScratchDatabase database;
    private static AppNode first;
    private static AppNode second;

    @BeforeAll
    static void startTwoNodes() {
        assumeTrue(ScratchDatabase.suiteUrl().isPresent(), "runs against MySQL/MariaDB only (profile mysql-it)");
        database = ScratchDatabase.create(ScratchDatabase.suiteUrl().orElseThrow(), "nodes");
        // One after the other, as an operator starts them: the first creates the schema.
        // One job at a time per node, acquisition every half second: neither node can take every job
        // before the other's acquisition comes round, however fast the machine.
        first = AppNode.start("node-a", database, ONE_JOB_AT_A_TIME);
        second = AppNode.start("node-b", database, ONE_JOB_AT_A_TIME);
    }

    @AfterAll
    static void stopNodes() {
        for (AutoCloseable closeable : new AutoCloseable[] {second, first, database}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                System.err.println("clean-up: " + e);
            }
        }
    }

    @Test
    void aSessionOpenedOnOneNodeIsServedByTheOther() {
        ApiClient onFirst = first.client().login("county");
        ApiClient onSecond = onFirst.at(second.port());

        ApiClient.Response me = onSecond.get("/api/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo("county");

        assertThat(onSecond.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(onFirst.get("/api/auth/me").status()).as("logged out on the other node").isEqualTo(401);
    }

    @Test
    void theJobExecutorsOfBothNodesShareTheJobsAndRunEachOnce() throws Exception {
        ApiClient engineOnFirst = first.client().basicAuth("supervisor", TestAccounts.PASSWORD);
        ApiClient engineOnSecond = second.client().basicAuth("supervisor", TestAccounts.PASSWORD);
        ApiClient.Response deployed = engineOnFirst.modelerDeploy("cluster-probe.bpmn", probeModel());
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);

        // Every timer falls due at the same moment, after all instances exist: both nodes compete.
        String due = Instant.now().plusSeconds(40).atOffset(ZoneOffset.UTC).format(ENGINE_DATE);
        Map<String, Object> start = Map.of("variables", Map.of("due", Map.of("value", due, "type", "Date")));
        for (int i = 0; i < INSTANCES; i++) {
            ApiClient.Response started = (i % 2 == 0 ? engineOnFirst : engineOnSecond)
                    .post("/engine-rest/process-definition/key/cluster-probe/start", start);
            assertThat(started.status()).as(started.body()).isEqualTo(200);
        }

        awaitFinished(engineOnSecond, Duration.ofMinutes(5));

        JsonNode successes = engineOnFirst
                .get("/engine-rest/history/job-log?processDefinitionKey=cluster-probe&successLog=true&maxResults=10000")
                .json();
        Map<String, Integer> byNode = new TreeMap<>();
        Set<String> jobs = new HashSet<>();
        for (JsonNode entry : successes) {
            byNode.merge(entry.get("hostname").asText(), 1, Integer::sum);
            jobs.add(entry.get("jobId").asText());
        }
        int failedAttempts = engineOnFirst
                .get("/engine-rest/history/job-log/count?processDefinitionKey=cluster-probe&failureLog=true")
                .json().get("count").asInt();
        System.out.printf("TWO NODES: %d instances, %d jobs run successfully %s, %d jobs twice, %d failed attempts%n",
                INSTANCES, successes.size(), byNode, successes.size() - jobs.size(), failedAttempts);

        assertThat(jobs).as("a timer and an asynchronous step per instance").hasSize(2 * INSTANCES);
        assertThat(successes.size()).as("no job ran successfully twice").isEqualTo(jobs.size());
        assertThat(byNode.keySet()).as("both nodes executed jobs").containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(engineOnFirst.get("/engine-rest/process-instance/count?processDefinitionKey=cluster-probe")
                .json().get("count").asInt()).isZero();
    }

    private static void awaitFinished(ApiClient engine, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        int finished = 0;
        while (Instant.now().isBefore(deadline)) {
            finished = engine.get("/engine-rest/history/process-instance/count?processDefinitionKey=cluster-probe"
                    + "&finished=true").json().get("count").asInt();
            if (finished == INSTANCES) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("only " + finished + " of " + INSTANCES + " instances finished within " + timeout);
    }

    private static byte[] probeModel() throws IOException {
        try (InputStream in = TwoNodesIT.class.getResourceAsStream("/cluster/cluster-probe.bpmn")) {
            return in.readAllBytes();
        }
    }
}
