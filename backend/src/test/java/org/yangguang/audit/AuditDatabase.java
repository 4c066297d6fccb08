package org.yangguang.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What someone with DDL rights could do behind the application's back: lift the append-only
 * triggers, and put them back (from the vendor migration itself, so the test uses the real ones).
 */
final class AuditDatabase {

    private static final String[] TRIGGERS = {"audit_event_no_update", "audit_event_no_delete", "audit_chain_no_delete"};

    private final JdbcTemplate jdbc;
    private final String vendor;

    AuditDatabase(DataSource dataSource) throws SQLException {
        this.jdbc = new JdbcTemplate(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String version = connection.getMetaData().getDatabaseProductVersion();
            this.vendor = product.equals("H2") ? "h2" : version.contains("MariaDB") ? "mariadb" : "mysql";
        }
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    void liftTriggers() {
        for (String trigger : TRIGGERS) {
            jdbc.execute("DROP TRIGGER " + trigger);
        }
    }

    void restoreTriggers() throws IOException {
        String path = "/db/vendor/" + vendor + "/V5__audit_append_only.sql";
        try (InputStream in = AuditDatabase.class.getResourceAsStream(path)) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String statements = script.lines()
                    .filter(line -> !line.trim().startsWith("--"))
                    .reduce("", (a, b) -> a + "\n" + b);
            Arrays.stream(statements.split(";")).map(String::trim).filter(s -> !s.isEmpty()).forEach(jdbc::execute);
        }
    }
}
