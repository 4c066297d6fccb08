package org.yangguang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.support.ApiIT;
import org.yangguang.support.bench.BenchmarkStats;

/**
 * Issue 10 (g): the configured database's own commit rate for a transaction of one single-row insert,
 * the floor every process step pays, so that each figure of the other benchmarks can be read as a
 * number of commits. A scratch table of its own, dropped afterwards; the baseline row is a
 * transaction that only reads (one round trip, no log flush). The same application context as the
 * other benchmarks (the pool, the transaction manager), so the figure is what a step would see.
 */
@Tag("benchmark")
class CommitRateBenchmarkIT extends ApiIT {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 50);
    private static final int ITERATIONS = Integer.getInteger("bench.commits", 500);

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void singleRowInsertTransactions() {
        jdbc.execute("CREATE TABLE bench_commit (id BIGINT AUTO_INCREMENT PRIMARY KEY, at TIMESTAMP NOT NULL, "
                + "note VARCHAR(40) NOT NULL)");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());

        BenchmarkStats stats = new BenchmarkStats();
        BenchmarkStats.Series read = stats.measure("read-only transaction (SELECT 1)", WARMUP, ITERATIONS,
                () -> transaction.execute(s -> jdbc.queryForObject("SELECT 1", Integer.class)));
        BenchmarkStats.Series commit = stats.measure("single-row INSERT + COMMIT", WARMUP, ITERATIONS,
                () -> transaction.execute(s -> jdbc.update("INSERT INTO bench_commit (at, note) VALUES (?, ?)",
                        Timestamp.from(Instant.now()), "commit")));
        System.out.print(stats.table("commit rate on " + product, read));
        System.out.printf("BENCHMARK commit floor: median %.2f ms, p95 %.2f ms = %.0f commits/s at the median%n%n",
                commit.medianMillis(), commit.p95Millis(), 1000 / commit.medianMillis());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bench_commit", Integer.class))
                .isEqualTo(WARMUP + ITERATIONS);
    }

    @AfterEach
    void dropScratchTable() {
        jdbc.execute("DROP TABLE IF EXISTS bench_commit");
    }
}
