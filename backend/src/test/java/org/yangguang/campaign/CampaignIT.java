package org.yangguang.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.personaldata.PersonalDataCipher;
import org.yangguang.region.RegionService;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;

/**
 * Campaigns over HTTP: one re-check per ACTIVE household of the chosen townships only, never a
 * second one (a second campaign attaches the running re-checks, a rerun changes nothing), field
 * errors, and the report after the township decided some of the re-checks.
 */
class CampaignIT extends ApiIT {

    static final String DEADLINE = CaseDriver.TODAY.plusMonths(2).toString();
    static final String DONGHE = "511999101000";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    RegionService regions;

    @Autowired
    CampaignRuns runs;

    @Autowired
    ProcessEngine engine;

    CampaignFixtures fixtures;

    @BeforeEach
    void init() {
        fixtures = new CampaignFixtures(jdbc, cipher, regions);
    }

    @Test
    void oneRecheckPerActiveHouseholdOfTheChosenTownshipsOnlyAndNeverTwo() {
        String chosen = fixtures.township("511999201000");
        String other = fixtures.township("511999202000");
        List<Long> active = fixtures.households(chosen, 4, "ACTIVE");
        long stopped = fixtures.households(chosen, 1, "STOPPED").get(0);
        long applying = fixtures.households(chosen, 1, "APPLYING").get(0);
        long elsewhere = fixtures.households(other, 2, "ACTIVE").get(0);
        ApiClient county = as("county");

        ApiClient.Response started = county.post("/api/campaigns",
                Map.of("name", "2026年专项核查", "townshipCodes", List.of("511999201000"), "deadline", DEADLINE));

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("total").asInt()).isEqualTo(4);
        long campaignId = started.json().get("campaignId").asLong();
        JsonNode done = awaitDone(county, campaignId);
        assertThat(done.get("created").asInt()).isEqualTo(4);
        assertThat(done.get("processed").asInt()).isEqualTo(4);
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        for (long householdId : active) {
            assertThat(fixtures.rechecksOf(campaignId, householdId)).isEqualTo(1);
            assertThat(fixtures.allRechecksOf(householdId)).isEqualTo(1);
        }
        assertThat(fixtures.allRechecksOf(stopped)).isZero();
        assertThat(fixtures.allRechecksOf(applying)).isZero();
        assertThat(fixtures.allRechecksOf(elsewhere)).isZero();
        long caseId = jdbc.queryForObject("SELECT case_id FROM recheck WHERE campaign_id = ? AND household_id = ?",
                Long.class, campaignId, active.get(0));
        JsonNode recheckCase = county.get("/api/cases/" + caseId).json();
        assertThat(recheckCase.get("status").asText()).isNotEmpty();

        runs.runNow(campaignId);
        ApiClient.Response again = county.post("/api/campaigns",
                Map.of("name", "复查", "townshipCodes", List.of("511999201000", "511999201000"), "deadline", DEADLINE));
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        assertThat(again.json().get("townshipCodes")).hasSize(1);
        JsonNode second = awaitDone(county, again.json().get("campaignId").asLong());

        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("attached").asInt()).isEqualTo(4);
        for (long householdId : active) {
            assertThat(fixtures.allRechecksOf(householdId)).as("household " + householdId).isEqualTo(1);
        }
        assertThat(county.get("/api/campaigns").json().findValuesAsText("campaignId"))
                .contains(String.valueOf(campaignId), again.json().get("campaignId").asText());
        assertThat(as("inspector").get("/api/campaigns/" + campaignId).status()).isEqualTo(200);
        assertThat(as("township-dh").get("/api/campaigns/" + campaignId).status()).isEqualTo(403);
    }

    @Test
    void badRequestsAreRefusedWithEveryFieldAtOnceAndOnlyTheCountyStartsCampaigns() {
        ApiClient county = as("county");
        ApiClient.Response refused = county.post("/api/campaigns", Map.of("name", " ",
                "townshipCodes", List.of("511999101001", "511888101000", "12"), "deadline", "2020-01-01"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "deadline", "townshipCodes[0]", "townshipCodes[1]", "townshipCodes[2]");
        ApiClient.Response noTownships = county.post("/api/campaigns",
                Map.of("name", "专项核查", "townshipCodes", List.of(), "deadline", "2026-13-01"));
        assertThat(noTownships.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("townshipCodes", "deadline");
        assertThat(as("township-dh").post("/api/campaigns", Map.of("name", "专项核查",
                "townshipCodes", List.of(DONGHE), "deadline", DEADLINE)).status()).isEqualTo(403);
        assertThat(county.get("/api/campaigns/999999999").status()).isEqualTo(404);
    }

    @Test
    void theReportCountsOutcomesExitReasonsTheCancellationRateAndTheNewlyIncluded() throws InterruptedException {
        CaseFlow flow = new CaseFlow(new CaseDriver(port), engine);
        Households staying = Households.typical(CaseFlow.VILLAGE);
        Households leaving = Households.typical(CaseFlow.VILLAGE);
        long stayingId = householdOf(flow, flow.approved(staying, "township-dh"));
        long leavingId = householdOf(flow, flow.approved(leaving, "township-dh"));
        ApiClient county = as("county");
        // On MySQL/MariaDB the engine's settings (sendFractionalSeconds=false) store times to the second: the
        // campaign starts in a later second than the two enrolments before it.
        Thread.sleep(1_100);

        ApiClient.Response started = county.post("/api/campaigns",
                Map.of("name", "东河镇专项核查", "townshipCodes", List.of(DONGHE), "deadline", DEADLINE));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long campaignId = started.json().get("campaignId").asLong();
        JsonNode done = awaitDone(county, campaignId);
        long enrolledLater = householdOf(flow, flow.approved(Households.typical(CaseFlow.VILLAGE), "township-dh"));

        CaseDriver cases = flow.driver();
        long stayingCase = caseOf(campaignId, stayingId);
        long leavingCase = caseOf(campaignId, leavingId);
        toDecision(cases, stayingCase, staying);
        cases.done("township-dh", stayingCase, "recheckDecision", Map.of("decision", "continue"));
        toDecision(cases, leavingCase, leaving);
        cases.done("township-dh", leavingCase, "recheckDecision",
                Map.of("decision", "stop", "exitReason", "MOVED_AWAY", "opinion", "全家已迁往外省"));
        cases.done("county", leavingCase, "recheckConfirm", Map.of("decision", "approve"));

        JsonNode report = county.get("/api/campaigns/" + campaignId + "/report").json();
        int rechecked = done.get("created").asInt() + done.get("attached").asInt();
        assertThat(report.get("households").asInt()).isEqualTo(done.get("total").asInt());
        assertThat(report.get("rechecked").asInt()).isEqualTo(rechecked);
        assertThat(counts(report.get("byOutcome"))).isEqualTo(Map.of("CONTINUE", 1, "STOP", 1));
        assertThat(counts(report.get("byExitReason"))).isEqualTo(Map.of("MOVED_AWAY", 1));
        assertThat(report.get("decided").asInt()).isEqualTo(2);
        assertThat(report.get("pending").asInt()).isEqualTo(rechecked - 2);
        assertThat(report.get("cancelled").asInt()).isEqualTo(1);
        assertThat(report.get("cancellationRate").asText()).isEqualTo(Campaigns.rate(1, rechecked));
        // Newly included: households of the townships enrolled from the start to the deadline. Other test classes
        // share the database (and some move the engine clock), so the figure is checked against its definition,
        // with the household enrolled after the start in it and the two enrolled before out of it.
        java.sql.Timestamp from = jdbc.queryForObject("SELECT started_at FROM campaign WHERE id = ?",
                java.sql.Timestamp.class, campaignId);
        List<Long> enrolledSince = jdbc.queryForList("SELECT DISTINCT a.household_id FROM allowance_history a JOIN household h"
                + " ON h.id = a.household_id WHERE a.reason = 'ENROLMENT' AND a.created_at >= ? AND h.region_code LIKE ?"
                + " AND a.created_at < ?", Long.class, from, DONGHE.substring(0, 9) + "%",
                java.sql.Timestamp.from(java.time.LocalDate.parse(DEADLINE).plusDays(1)
                        .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
        assertThat(enrolledSince).contains(enrolledLater).doesNotContain(stayingId, leavingId);
        assertThat(report.get("newlyIncluded").asInt()).isEqualTo(enrolledSince.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_household WHERE campaign_id = ? AND household_id = ?",
                Integer.class, campaignId, enrolledLater)).as("enrolled after the start: not in the campaign").isZero();
        assertThat(Campaigns.rate(1, 3)).isEqualTo("33.33");
        assertThat(Campaigns.rate(2, 3)).isEqualTo("66.67");
    }

    static JsonNode awaitDone(ApiClient county, long campaignId) {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            ApiClient.Response response = county.get("/api/campaigns/" + campaignId);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            if (response.json().get("status").asText().equals("DONE")) {
                return response.json();
            }
            sleep();
        }
        throw new AssertionError("campaign " + campaignId + " not done in time");
    }

    static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private long householdOf(CaseFlow flow, long applicationCaseId) {
        return flow.driver().caseOf("county", applicationCaseId).get("householdId").asLong();
    }

    private long caseOf(long campaignId, long householdId) {
        return jdbc.queryForObject("SELECT case_id FROM campaign_household WHERE campaign_id = ? AND household_id = ?",
                Long.class, campaignId, householdId);
    }

    private static void toDecision(CaseDriver cases, long caseId, Households declaration) {
        cases.done("village-dh1", caseId, "declare", Map.of("decision", "submit", "household", declaration.body()));
        cases.done("township-dh", caseId, "recheckSurvey", Map.of("decision", "pass", "investigators",
                List.of("王调查", "李调查"), "visitDate", CaseDriver.TODAY.toString(), "findings", "家中情况已核实"));
    }

    private static Map<String, Integer> counts(JsonNode counts) {
        Map<String, Integer> found = new java.util.TreeMap<>();
        counts.forEach(c -> found.put(c.get("code").asText(), c.get("count").asInt()));
        return found;
    }
}
