package org.yangguang.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.support.ApiIT;
import org.yangguang.support.HeapSampler;
import org.yangguang.support.bench.StatementCounts;

/**
 * Not a test of correctness: issue 10's (d), the monthly payment run of a county with
 * {@code bench.households} (100,000) receiving households, inserted directly with their allowance
 * history (every household enrolled, one in ten reduced since, one in fifty stopped), then paid as
 * {@code POST /api/payments/runs} does it ({@link PaymentRuns#pay}). Prints time, lines, peak heap
 * and, on MySQL/MariaDB, the statements per batch (docs/performance.md).
 */
@Tag("benchmark")
class PaymentRunBenchmarkIT extends ApiIT {

    private static final String COUNTY = "511999000000";
    private static final String VILLAGE = "511999102003";
    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final int INSERT_BATCH = 5_000;

    @Value("${bench.households:100000}")
    int size;

    @Value("${yangguang.payments.batch-size:200}")
    int batchSize;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PaymentRuns runs;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void payACountysMonth() throws InterruptedException {
        long started = System.nanoTime();
        List<Long> ids = createHouseholds();
        int expectedLines = createHistory(ids);
        System.out.printf("%nBENCHMARK payment run: %d households and their allowance history inserted in %d ms%n",
                ids.size(), (System.nanoTime() - started) / 1_000_000);
        int others = jdbc.queryForObject("SELECT COUNT(DISTINCT h.id) FROM household h JOIN allowance_history a "
                + "ON a.household_id = h.id WHERE h.region_code LIKE '511999%' AND h.id < ? AND a.amount > 0 "
                + "AND h.status IN ('ACTIVE', 'GRADUAL_EXIT', 'STOPPED')", Integer.class, ids.get(0));

        System.gc();
        StatementCounts statements = new StatementCounts(jdbc);
        HeapSampler heap = new HeapSampler();
        heap.start();
        long[] millis = new long[1];
        PaymentRun[] run = new PaymentRun[1];
        int batches = (ids.size() + batchSize - 1) / batchSize;
        statements.count("PaymentRuns.pay (POST /api/payments/runs)", batches, () -> {
            long paying = System.nanoTime();
            run[0] = runs.pay(COUNTY, MONTH, "county").run();
            millis[0] = (System.nanoTime() - paying) / 1_000_000;
        });
        heap.finish();

        System.out.printf("%nBENCHMARK payment run: %d households of %s, month %s: %d lines, total %s, in %d ms "
                + "(%.0f households/s), peak heap used %d MB (max heap %d MB)%n", ids.size(), COUNTY, MONTH,
                run[0].households(), run[0].total(), millis[0], ids.size() * 1000.0 / Math.max(1, millis[0]),
                heap.peakMegabytes(), HeapSampler.maxHeapMegabytes());
        System.out.print(statements.table("payment run, statements per batch of " + batchSize + " households"));
        System.out.printf("BENCHMARK target (d) <= 30 s: %s (%.1f s)%n%n", millis[0] <= 30_000 ? "met" : "MISSED",
                millis[0] / 1000.0);
        assertThat(run[0].done()).isTrue();
        assertThat(run[0].households()).isGreaterThanOrEqualTo(expectedLines).isLessThanOrEqualTo(expectedLines + others);
    }

    private List<Long> createHouseholds() {
        Timestamp now = Timestamp.from(Instant.now());
        Long first = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM household", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(new Object[] {VILLAGE, "基准发放路" + i + "号", i % 50 == 0 ? "STOPPED" : "ACTIVE", now, now});
            if (rows.size() == INSERT_BATCH || i == size - 1) {
                insertAtOnce("INSERT INTO household (region_code, address, authorization_signed, pledge_signed, "
                        + "status, monthly_amount, payment_start_month, recheck_class, next_recheck, created_at, "
                        + "updated_at) VALUES (?, ?, TRUE, TRUE, ?, 650.00, '2025-01', 'STABLE', DATE '2027-01-01', ?, ?)",
                        rows);
            }
        }
        return jdbc.queryForList("SELECT id FROM household WHERE id > ? ORDER BY id", Long.class, first);
    }

    /** Enrolled 2025-01 at 650.00; one in ten reduced to 480.00 from 2026-06; one in fifty stopped 2026-03. */
    private int createHistory(List<Long> ids) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        int paid = 0;
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            rows.add(new Object[] {id, "2025-01", new BigDecimal("650.00"), "ENROLMENT", now});
            if (i % 50 == 0) {
                rows.add(new Object[] {id, "2026-03", BigDecimal.ZERO.setScale(2), "STOP", now});
            } else {
                paid++;
                if (i % 10 == 1) {
                    rows.add(new Object[] {id, "2026-06", new BigDecimal("480.00"), "REDUCE", now});
                }
            }
            if (rows.size() >= INSERT_BATCH || i == ids.size() - 1) {
                insertAtOnce("INSERT INTO allowance_history (household_id, from_month, amount, reason, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)", rows);
            }
        }
        return paid;
    }

    /** One JDBC batch in one transaction (not a commit per row); empties the list. */
    private void insertAtOnce(String sql, List<Object[]> rows) {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> jdbc.batchUpdate(sql, rows));
        rows.clear();
    }
}
