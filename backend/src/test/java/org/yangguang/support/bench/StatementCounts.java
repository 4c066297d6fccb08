package org.yangguang.support.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements a piece of work sends to MySQL/MariaDB, from the server's global counters
 * ({@code SHOW GLOBAL STATUS}: {@code Com_select}, {@code Com_insert}, …, {@code Com_commit}, all
 * statements as {@code Questions}, and InnoDB's row lock waits and the milliseconds spent in them)
 * taken before and after it, per unit of work. Global: read them only while nothing else uses the
 * server (the connections of others busy at the end are printed with them). Empty on other databases.
 */
public final class StatementCounts {

    private static final List<String> COUNTERS = List.of("Com_select", "Com_insert", "Com_update", "Com_delete",
            "Com_commit", "Questions", "Innodb_row_lock_waits", "Innodb_row_lock_time");

    private final JdbcTemplate jdbc;
    private final boolean mysql;
    private final Map<String, String> rows = new LinkedHashMap<>();

    public StatementCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.mysql = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase();
            return product.contains("mysql") || product.contains("mariadb");
        }));
    }

    /** Runs the work and keeps its counts divided by {@code units} under {@code name}. */
    public void count(String name, int units, Runnable work) {
        if (!mysql) {
            work.run();
            return;
        }
        Map<String, Long> before = snapshot();
        work.run();
        Map<String, Long> after = snapshot();
        StringBuilder line = new StringBuilder(String.format("%-52s", name));
        for (String counter : COUNTERS) {
            line.append(String.format(" %10.1f", (after.get(counter) - before.get(counter)) / (double) units));
        }
        int others = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE COMMAND <> 'Sleep' "
                + "AND ID <> CONNECTION_ID()", Integer.class);
        rows.put(name, line.append(String.format(" %8d", others)).toString());
    }

    /** The table, or nothing on a database without the counters. */
    public String table(String title) {
        if (!mysql) {
            return "";
        }
        StringBuilder out = new StringBuilder(String.format("%nBENCHMARK %s (server counters)%n",
                title));
        out.append(String.format("%-52s", "operation"));
        COUNTERS.forEach(c -> out.append(String.format(" %10s",
                c.replace("Com_", "").replace("Innodb_row_lock_time", "lock ms").replace("Innodb_row_lock_", "lock "))));
        out.append(String.format(" %8s%n", "others"));
        rows.values().forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }

    private Map<String, Long> snapshot() {
        Map<String, Long> values = new LinkedHashMap<>();
        jdbc.query("SHOW GLOBAL STATUS", rs -> {
            if (COUNTERS.contains(rs.getString(1))) {
                values.put(rs.getString(1), Long.parseLong(rs.getString(2)));
            }
        });
        return values;
    }
}
