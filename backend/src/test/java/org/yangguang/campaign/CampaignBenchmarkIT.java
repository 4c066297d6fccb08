package org.yangguang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.personaldata.PersonalDataCipher;
import org.yangguang.region.RegionService;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.HeapSampler;

/**
 * Not a test of correctness: 10,000 ACTIVE two-person households of one township inserted directly,
 * then a campaign over the township started over HTTP and run by the background worker to its end
 * (a re-check case and process instance per household). Prints the time and the peak heap.
 * Excluded from the normal run; see docs/performance.md.
 */
@Tag("benchmark")
class CampaignBenchmarkIT extends ApiIT {

    private static final int HOUSEHOLDS = 10_000;
    private static final String TOWNSHIP = "511999209000";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    RegionService regions;

    @Test
    void campaignOver10kHouseholds() throws Exception {
        CampaignFixtures fixtures = new CampaignFixtures(jdbc, cipher, regions);
        fixtures.households(fixtures.township(TOWNSHIP), HOUSEHOLDS, "ACTIVE");
        ApiClient county = as("county");
        System.gc();

        HeapSampler heap = new HeapSampler();
        heap.start();
        long started = System.nanoTime();
        ApiClient.Response response = county.post("/api/campaigns", Map.of("name", "基准测试专项核查",
                "townshipCodes", List.of(TOWNSHIP), "deadline", CampaignIT.DEADLINE));
        long accepted = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        long campaignId = response.json().get("campaignId").asLong();
        JsonNode done = awaitDone(county, campaignId);
        long millis = (System.nanoTime() - started) / 1_000_000;
        heap.finish();

        System.out.printf("%nBENCHMARK campaign: %d households, 202 after %d ms, done after %d ms (%.1f households/s), "
                        + "re-checks created %d, peak heap used %d MB (max heap %d MB)%n%n", done.get("total").asInt(),
                accepted, millis, done.get("total").asInt() * 1000.0 / millis, done.get("created").asInt(),
                heap.peakMegabytes(), HeapSampler.maxHeapMegabytes());
        assertThat(done.get("created").asInt()).isEqualTo(HOUSEHOLDS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recheck WHERE campaign_id = ?", Integer.class, campaignId))
                .isEqualTo(HOUSEHOLDS);
    }

    private static JsonNode awaitDone(ApiClient county, long campaignId) throws InterruptedException {
        while (true) {
            JsonNode campaign = county.get("/api/campaigns/" + campaignId).json();
            if (campaign.get("status").asText().equals("DONE")) {
                return campaign;
            }
            Thread.sleep(500);
        }
    }
}
