package org.yangguang.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.Races;

/**
 * Two county sessions start the payment run of the same month at the same instant, twenty times
 * (one month each), in batches of one household so that the two requests interleave batch by batch:
 * each time one run (one 201, one 200 with the same run), one line per household, one start and one
 * completion in the audit trail.
 */
@TestPropertySource(properties = "yangguang.payments.batch-size=1")
class ConcurrentPaymentRunIT extends ApiIT {

    private static final int RACES = 20;
    private static final YearMonth FIRST_MONTH = YearMonth.parse("2019-01");
    private static final String RUNS = "/api/payments/runs";

    @Autowired
    ProcessEngine engine;

    @Autowired
    AllowanceHistory history;

    @Test
    void parallelRunsOfOneMonthMakeOneRunWithOneSetOfLines() {
        List<Long> ours = List.of(enrolled(), enrolled(), enrolled());
        ApiClient first = as("county");
        ApiClient second = as("county");
        ApiClient inspector = as("inspector");
        Map<String, Integer> outcomes = new TreeMap<>();
        int lineCount = 0;

        for (int race = 0; race < RACES; race++) {
            String month = FIRST_MONTH.plusMonths(race).toString();
            Map<String, Object> body = Map.of("month", month);

            List<ApiClient.Response> answers = Races.atOnce(
                    () -> first.post(RUNS, body), () -> second.post(RUNS, body));

            List<Integer> statuses = answers.stream().map(ApiClient.Response::status).sorted().toList();
            assertThat(statuses).as(month + ": " + answers).containsExactly(200, 201);
            statuses.forEach(status -> outcomes.merge(String.valueOf(status), 1, Integer::sum));
            long runId = answers.get(0).json().get("runId").asLong();
            assertThat(answers.get(1).json().get("runId").asLong()).as("the same run").isEqualTo(runId);
            for (ApiClient.Response answer : answers) {
                assertThat(answer.json().get("status").asText()).isEqualTo("DONE");
            }

            Map<Long, String> lines = PaymentRunsIT.lines(first, runId);
            assertThat(lines).as("our households paid once each in " + month).containsKeys(ours.toArray(Long[]::new));
            assertThat(answers.get(0).json().get("households").asInt()).isEqualTo(lines.size());
            assertThat(answers.get(1).json().get("households").asInt()).isEqualTo(lines.size());
            assertThat(runsOf(first, month)).as("one run of " + month).isEqualTo(1);
            assertThat(auditOf(inspector, "PAYMENT_RUN_STARTED", runId)).isEqualTo(1);
            assertThat(auditOf(inspector, "PAYMENT_RUN_COMPLETED", runId)).isEqualTo(1);
            lineCount += lines.size();
        }

        System.out.printf("[concurrency] payment runs: %d races of 2 parallel requests for the same month, answers %s, "
                + "runs per month 1, %d lines in all, each household once per month%n", RACES, outcomes, lineCount);
    }

    private long enrolled() {
        return PaidHouseholds.enrolledSince(port, engine, history, FIRST_MONTH.minusMonths(1));
    }

    private static long runsOf(ApiClient county, String month) {
        List<JsonNode> runs = new ArrayList<>();
        county.get(RUNS).json().forEach(runs::add);
        return runs.stream().filter(run -> run.get("month").asText().equals(month)).count();
    }

    private static long auditOf(ApiClient inspector, String type, long runId) {
        List<JsonNode> events = new ArrayList<>();
        inspector.get("/api/audit/events?type=" + type).json().forEach(events::add);
        return events.stream().filter(e -> e.path("detail").path("runId").asLong() == runId).count();
    }
}
