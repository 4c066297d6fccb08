package org.yangguang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.personaldata.PersonalDataCipher;
import org.yangguang.process.ProcessVariables;
import org.yangguang.recheck.Rechecks;
import org.yangguang.region.RegionService;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.HeapSampler;
import org.yangguang.support.bench.NoopModel;
import org.yangguang.support.bench.StatementCounts;

/**
 * Not a test of correctness: {@code bench.households} (10,000) ACTIVE two-person households of one
 * township inserted directly, then a campaign over the township started over HTTP and run by the
 * background worker to its end (a re-check case and process instance per household). Prints the time,
 * the peak heap, on MySQL/MariaDB the statements per household, and a Camunda-only baseline: as many
 * instances of the re-check model without the application's code ({@link NoopModel}) started through
 * {@link RuntimeService} in transactions of the campaign's batch size. Excluded from the normal run;
 * see docs/performance.md.
 */
@Tag("benchmark")
class CampaignBenchmarkIT extends ApiIT {

    private static final String TOWNSHIP = "511999209000";
    private static final String BASELINE_KEY = "benchRecheckNoop";

    @Value("${bench.households:10000}")
    int size;

    @Value("${yangguang.campaigns.batch-size:100}")
    int batchSize;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    RegionService regions;

    private String deployment;

    @Test
    void campaignOverATownship() throws Exception {
        CampaignFixtures fixtures = new CampaignFixtures(jdbc, cipher, regions);
        String village = fixtures.township(TOWNSHIP);
        fixtures.households(village, size, "ACTIVE");
        ApiClient county = as("county");
        StatementCounts statements = new StatementCounts(jdbc);
        deployment = repository.createDeployment().name(BASELINE_KEY).addString(BASELINE_KEY + ".bpmn",
                NoopModel.of("bpmn/recheck.bpmn", Rechecks.PROCESS_KEY, BASELINE_KEY)).deploy().getId();
        int baselineRuns = Math.min(size, 2_000);
        double[] baselines = new double[2];
        statements.count("Camunda alone, 1 thread", baselineRuns, () -> baselines[0] = camundaAlone(village, 0,
                baselineRuns, 1));
        statements.count("Camunda alone, 4 threads", baselineRuns, () -> baselines[1] = camundaAlone(village,
                baselineRuns, baselineRuns, 4));
        double baseline = baselines[0];
        System.gc();

        HeapSampler heap = new HeapSampler();
        heap.start();
        long started = System.nanoTime();
        long[] accepted = new long[1];
        JsonNode[] done = new JsonNode[1];
        statements.count("campaign (POST /api/campaigns, background worker)", size, () -> {
            ApiClient.Response response = county.post("/api/campaigns", Map.of("name", "基准测试专项核查",
                    "townshipCodes", List.of(TOWNSHIP), "deadline", CampaignIT.DEADLINE));
            accepted[0] = (System.nanoTime() - started) / 1_000_000;
            assertThat(response.status()).as(response.body()).isEqualTo(202);
            done[0] = awaitDone(county, response.json().get("campaignId").asLong());
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        heap.finish();

        int total = done[0].get("total").asInt();
        double rate = total * 1000.0 / millis;
        System.out.printf("%nBENCHMARK campaign: %d households, 202 after %d ms, done after %d ms (%.1f households/s), "
                        + "re-checks created %d, peak heap used %d MB (max heap %d MB)%n", total, accepted[0], millis,
                rate, done[0].get("created").asInt(), heap.peakMegabytes(), HeapSampler.maxHeapMegabytes());
        System.out.printf("BENCHMARK Camunda alone (re-check model, no-op code, %d per transaction): %.1f instances/s "
                + "on 1 thread, %.1f on 4; campaign / baseline time per household %.2f (1 thread)%n", batchSize, baseline,
                baselines[1], baseline / rate);
        System.out.printf("BENCHMARK target (c) 100,000 households <= 5 min: at these rates the campaign takes %.1f min, "
                + "Camunda alone %.1f min on 1 thread, %.1f on 4%n", 100_000 / rate / 60, 100_000 / baseline / 60,
                100_000 / baselines[1] / 60);
        System.out.println(statements.table("campaign, statements per household"));
        assertThat(done[0].get("created").asInt()).isEqualTo(size);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recheck WHERE campaign_id = ?", Integer.class,
                done[0].get("campaignId").asLong())).isEqualTo(size);
    }

    /**
     * Instances per second of the re-check model without the application's code, one per household:
     * {@code runs} instances started by {@code threads} threads, each in transactions of the campaign's
     * batch size.
     */
    private double camundaAlone(String village, int offset, int runs, int threads) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> batches = new ArrayList<>();
        long started = System.nanoTime();
        for (int first = 0; first < runs; first += batchSize) {
            int from = offset + first;
            int to = offset + Math.min(runs, first + batchSize);
            batches.add(pool.submit(() -> transactions.executeWithoutResult(tx -> {
                for (int i = from; i < to; i++) {
                    Map<String, Object> variables = ProcessVariables.ofCase(1_000_000L + i, village);
                    variables.put("gradualExit", false);
                    runtime.startProcessInstanceByKey(BASELINE_KEY, String.valueOf(1_000_000L + i), variables);
                }
            })));
        }
        try {
            for (Future<?> batch : batches) {
                batch.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        return runs * 1e9 / (System.nanoTime() - started);
    }

    @AfterEach
    void removeBaseline() {
        if (deployment != null) {
            repository.deleteDeployment(deployment, true);
        }
    }

    private static JsonNode awaitDone(ApiClient county, long campaignId) {
        while (true) {
            JsonNode campaign = county.get("/api/campaigns/" + campaignId).json();
            if (campaign.get("status").asText().equals("DONE")) {
                return campaign;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
