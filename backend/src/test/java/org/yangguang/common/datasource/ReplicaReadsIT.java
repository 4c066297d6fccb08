package org.yangguang.common.datasource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.support.ApiIT;

/**
 * The read replica of docs/operations.md on a real database: the "replica" is the same database reached
 * through an account that may only read, so a report read sent there works, and anything sent there by
 * mistake that writes fails loudly. Reports' read-only transactions go to it; writes, other features'
 * reads and the audit record of an export stay on the primary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "yangguang.datasource.replica.url=${it.replica-url}",
        "yangguang.datasource.replica.username=" + ReplicaReadsIT.READER,
        "yangguang.datasource.replica.password=" + ReplicaReadsIT.READER_PASSWORD})
class ReplicaReadsIT extends ApiIT {

    static final String READER = "yg_replica_reader";
    static final String READER_PASSWORD = "replica-reader-pw";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    @Qualifier("replicaPool")
    HikariDataSource replicaPool;

    @BeforeEach
    void readOnlyAccount() {
        if (isH2()) {
            jdbc.execute("CREATE USER IF NOT EXISTS " + READER + " PASSWORD '" + READER_PASSWORD + "'");
            jdbc.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + READER);
        } else {
            String database = jdbc.queryForObject("SELECT DATABASE()", String.class);
            jdbc.execute("CREATE USER IF NOT EXISTS '" + READER + "'@'%' IDENTIFIED BY '" + READER_PASSWORD + "'");
            jdbc.execute("GRANT SELECT ON `" + database + "`.* TO '" + READER + "'@'%'");
        }
    }

    @Test
    void aReportsReadOnlyTransactionIsServedByTheReplicaAccountAndNothingElseIs() {
        assertThat(userIn("org.yangguang.report.Probe.read", true)).isEqualTo(READER);
        assertThat(userIn("org.yangguang.household.Probe.read", true)).isNotEqualTo(READER);
        assertThat(userIn("org.yangguang.report.Probe.write", false)).isNotEqualTo(READER);
        assertThat(jdbc.queryForObject("SELECT CURRENT_USER", String.class)).doesNotStartWithIgnoringCase(READER);

        TransactionTemplate replicaRead = transaction("org.yangguang.report.Probe.write", true);
        assertThatThrownBy(() -> replicaRead.executeWithoutResult(
                tx -> jdbc.update("UPDATE region SET name = name WHERE code = '511999'"))).isInstanceOf(DataAccessException.class);
    }

    @Test
    void exportsAreReadFromTheReplicaAndAuditedOnThePrimary() throws Exception {
        long before = exported();
        byte[] roster = as("county").download("/api/reports/roster.xlsx");
        byte[] funnel = as("county").download("/api/reports/funnel.xlsx");
        byte[] notices = as("county").download("/api/reports/notices.xlsx");
        for (byte[] file : new byte[][] {roster, funnel, notices}) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(1);
            }
        }
        assertThat(replicaPool.getHikariPoolMXBean().getTotalConnections()).isPositive();
        assertThat(exported()).isEqualTo(before + 3);
        assertThat(as("county").get("/api/reports/statistics").status()).isEqualTo(200);
    }

    private long exported() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE type = 'EXPORTED'", Long.class);
    }

    private String userIn(String transactionName, boolean readOnly) {
        String user = transaction(transactionName, readOnly)
                .execute(tx -> jdbc.queryForObject("SELECT CURRENT_USER", String.class));
        return user.toLowerCase(Locale.ROOT).replaceAll("@.*", "");
    }

    private TransactionTemplate transaction(String name, boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setName(name);
        template.setReadOnly(readOnly);
        return template;
    }

    private boolean isH2() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'INFORMATION_SCHEMA_CATALOG_NAME'",
                Integer.class) > 0;
    }
}
