package org.yangguang.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.yangguang.support.ApiClient;
import org.yangguang.support.AppNode;
import org.yangguang.support.RosterFile;
import org.yangguang.support.ScratchDatabase;
import org.yangguang.support.TestIds;

/**
 * The application as a process of its own on a fresh MySQL/MariaDB database, killed with SIGKILL in
 * the middle of a campaign and in the middle of a payment run, then started again: every household
 * is handled exactly once and the audit chain still verifies. Runs in the MySQL/MariaDB suite only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final int HOUSEHOLDS = 1500;
    private static final String VILLAGE = "511999101002";
    private static final String TOWNSHIP = "511999101000";
    private static final String MONTH = "2026-03";
    /** Small batches make the runs long enough to be killed half-way. */
    private static final String[] SLOW_BATCHES = {"--yangguang.campaigns.batch-size=20",
            "--yangguang.payments.batch-size=20"};

    private static ScratchDatabase database;
    private static AppNode node;

    @BeforeAll
    static void startWithARoster() {
        assumeTrue(ScratchDatabase.suiteUrl().isPresent(), "runs against MySQL/MariaDB only (profile mysql-it)");
        database = ScratchDatabase.create(ScratchDatabase.suiteUrl().orElseThrow(), "crash");
        node = AppNode.start("crash", database, SLOW_BATCHES);
        RosterFile roster = new RosterFile();
        LocalDate firstBirth = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < HOUSEHOLDS; i++) {
            String birth = firstBirth.plusDays(i / 400).format(DateTimeFormatter.BASIC_ISO_DATE);
            String id = TestIds.id("511999", birth, String.format("%03d", 100 + i % 400 * 2 + 1));
            roster.row(VILLAGE, "K" + i, "住户" + i, id, "户主", "失业", "0", "否", "400.00", "2026-01");
        }
        ApiClient.Response imported = node.client().login("county")
                .postMultipart("/api/imports/roster", Map.of(), "file", "roster.xlsx", roster.bytes());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("households").asInt()).isEqualTo(HOUSEHOLDS);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void aCampaignKilledHalfWayFinishesAfterTheRestartWithOneRecheckPerHousehold() {
        JsonNode campaign = node.client().login("county").post("/api/campaigns",
                Map.of("name", "断电演练", "townshipCodes", List.of(TOWNSHIP), "deadline", "2026-12-31")).json();
        long campaignId = campaign.get("campaignId").asLong();
        int total = campaign.get("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(HOUSEHOLDS);

        awaitThat(() -> count("SELECT COUNT(*) FROM campaign_household WHERE campaign_id = " + campaignId
                + " AND outcome IS NOT NULL") >= 100, Duration.ofMinutes(3), "the campaign to get going");
        node.kill();
        int handledAtKill = count("SELECT COUNT(*) FROM campaign_household WHERE campaign_id = " + campaignId
                + " AND outcome IS NOT NULL");
        assertThat(handledAtKill).as("killed half-way").isLessThan(total);

        node = AppNode.start("crash-restarted", database, SLOW_BATCHES);
        ApiClient county = node.client().login("county");
        awaitThat(() -> "DONE".equals(county.get("/api/campaigns/" + campaignId).json().get("status").asText()),
                Duration.ofMinutes(8), "the campaign to finish after the restart");

        int rechecks = count("SELECT COUNT(*) FROM recheck WHERE campaign_id = " + campaignId);
        int households = count("SELECT COUNT(DISTINCT household_id) FROM recheck WHERE campaign_id = " + campaignId);
        int unhandled = count("SELECT COUNT(*) FROM campaign_household WHERE campaign_id = " + campaignId
                + " AND outcome IS NULL");
        int instances = count("SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_"
                + " WHERE e.PARENT_ID_ IS NULL AND d.KEY_ = 'recheck'");
        System.out.printf("CRASH campaign: %d households, killed after %d, restarted; %d re-checks for %d households,"
                + " %d re-check processes, %d unhandled%n", total, handledAtKill, rechecks, households, instances, unhandled);
        assertThat(unhandled).isZero();
        assertThat(rechecks).isEqualTo(total);
        assertThat(households).isEqualTo(total);
        assertThat(instances).as("one re-check process per household").isEqualTo(total);
        assertAuditChainValid();
    }

    @Test
    @Order(2)
    void aPaymentRunKilledHalfWayIsCompletedByItsRerunPayingEachHouseholdOnce() {
        ApiClient county = node.client().login("county");
        CompletableFuture<ApiClient.Response> run = CompletableFuture.supplyAsync(
                () -> county.post("/api/payments/runs", Map.of("month", MONTH)));
        awaitThat(() -> lines() >= 100, Duration.ofMinutes(3), "the payment run to get going");
        node.kill();
        int linesAtKill = lines();
        assertThat(run.handle((response, failure) -> failure != null).join()).as("the request died with the node")
                .isTrue();
        int payable = count("SELECT COUNT(*) FROM household WHERE status = 'ACTIVE'");
        assertThat(linesAtKill).as("killed half-way").isLessThan(payable);

        node = AppNode.start("crash-restarted-again", database, SLOW_BATCHES);
        ApiClient.Response rerun = node.client().login("county").post("/api/payments/runs", Map.of("month", MONTH));
        assertThat(rerun.status()).as(rerun.body()).isIn(200, 201);

        int lines = lines();
        int paidHouseholds = count("SELECT COUNT(DISTINCT household_id) FROM payment_line WHERE pay_month = '" + MONTH + "'");
        int runs = count("SELECT COUNT(*) FROM payment_run WHERE pay_month = '" + MONTH + "'");
        System.out.printf("CRASH payment run: %d payable households, killed after %d lines, rerun; %d lines for %d"
                + " households in %d run%n", payable, linesAtKill, lines, paidHouseholds, runs);
        assertThat(lines).isEqualTo(payable);
        assertThat(paidHouseholds).isEqualTo(payable);
        assertThat(runs).isEqualTo(1);
        assertAuditChainValid();
    }

    private static void assertAuditChainValid() {
        JsonNode verification = node.client().login("inspector").get("/api/audit/verify").json();
        System.out.println("CRASH audit chain: " + verification);
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("checked").asLong()).isPositive();
    }

    private static int lines() {
        return count("SELECT COUNT(*) FROM payment_line WHERE pay_month = '" + MONTH + "'");
    }

    private static int count(String sql) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitThat(BooleanSupplier condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + timeout + " for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
