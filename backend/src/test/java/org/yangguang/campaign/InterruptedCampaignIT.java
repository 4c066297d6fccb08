package org.yangguang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.personaldata.PersonalDataCipher;
import org.springframework.test.context.TestPropertySource;
import org.yangguang.campaign.internal.CampaignMapper;
import org.yangguang.region.RegionService;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;

/**
 * A campaign interrupted half-way (batches of one household; the third one's batch fails as a
 * crash would): the households before it keep their re-checks, the failed batch leaves nothing,
 * and the resumption that follows a restart gives every household exactly one re-check.
 */
@TestPropertySource(properties = "yangguang.campaigns.batch-size=1")
class InterruptedCampaignIT extends ApiIT {

    static final AtomicLong FAIL_ON_HOUSEHOLD = new AtomicLong(-1);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    RegionService regions;

    @Autowired
    CampaignRuns runs;

    @Test
    void theResumedCampaignReachesEveryHouseholdExactlyOnce() {
        CampaignFixtures fixtures = new CampaignFixtures(jdbc, cipher, regions);
        List<Long> households = fixtures.households(fixtures.township("511999203000"), 5, "ACTIVE");
        FAIL_ON_HOUSEHOLD.set(households.get(2));
        ApiClient county = as("county");

        ApiClient.Response started = county.post("/api/campaigns", Map.of("name", "中断测试",
                "townshipCodes", List.of("511999203000"), "deadline", CampaignIT.DEADLINE));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long campaignId = started.json().get("campaignId").asLong();
        awaitIdle(campaignId);

        assertThat(FAIL_ON_HOUSEHOLD.get()).as("the fault fired").isEqualTo(-1);
        JsonNode stopped = county.get("/api/campaigns/" + campaignId).json();
        assertThat(stopped.get("status").asText()).isEqualTo("RUNNING");
        assertThat(stopped.get("processed").asInt()).isEqualTo(2);
        assertThat(stopped.get("percent").asInt()).isEqualTo(40);
        assertThat(fixtures.allRechecksOf(households.get(2))).as("the failed batch left nothing").isZero();

        runs.resumeUnfinished();
        JsonNode done = CampaignIT.awaitDone(county, campaignId);

        assertThat(done.get("created").asInt()).isEqualTo(5);
        for (long householdId : households) {
            assertThat(fixtures.rechecksOf(campaignId, householdId)).isEqualTo(1);
            assertThat(fixtures.allRechecksOf(householdId)).isEqualTo(1);
        }
        List<String> audited = jdbc.queryForList("SELECT type FROM audit_event WHERE type LIKE 'CAMPAIGN%' "
                + "AND detail LIKE ? ORDER BY id", String.class, "{\"campaignId\":" + campaignId + ",%");
        assertThat(audited).containsSubsequence("CAMPAIGN_STARTED", "CAMPAIGN_INTERRUPTED", "CAMPAIGN_RESUMED",
                "CAMPAIGN_COMPLETED");
    }

    private void awaitIdle(long campaignId) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (runs.busy(campaignId) && Instant.now().isBefore(until)) {
            CampaignIT.sleep();
        }
        assertThat(runs.busy(campaignId)).as("the run stopped").isFalse();
    }

    /** Wraps the campaign mapper: marking the chosen household fails once, as a crash on that household would. */
    @TestConfiguration
    static class FaultOnOneHousehold {

        @Bean
        static BeanPostProcessor failingCampaignMark() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof CampaignMapper mapper)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(CampaignMapper.class.getClassLoader(),
                            new Class<?>[] {CampaignMapper.class}, (proxy, method, args) -> {
                                if (method.getName().equals("mark") && (long) args[1] == FAIL_ON_HOUSEHOLD.get()) {
                                    FAIL_ON_HOUSEHOLD.set(-1);
                                    throw new IllegalStateException("fault injected on one campaign household");
                                }
                                try {
                                    return method.invoke(mapper, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                }
            };
        }
    }
}
