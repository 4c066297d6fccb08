package org.yangguang.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An empty database of its own on the MySQL/MariaDB server that the suite runs against
 * ({@code YANGGUANG_DB_URL}), for tests that start the application as separate processes. Dropped
 * on close.
 */
public final class ScratchDatabase implements AutoCloseable {

    private static final Pattern SERVER = Pattern.compile("(jdbc:mysql://[^/]+)/([^?]*)(.*)");

    private final String serverUrl;
    private final String name;
    private final String suffix;

    private ScratchDatabase(String serverUrl, String name, String suffix) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.suffix = suffix;
    }

    /** Present when the suite runs on MySQL/MariaDB (profile mysql-it), empty on H2. */
    public static Optional<String> suiteUrl() {
        String url = System.getenv("YANGGUANG_DB_URL");
        String profiles = System.getProperty("spring.profiles.active", "");
        return url != null && url.startsWith("jdbc:mysql:") && profiles.contains("mysql")
                ? Optional.of(url)
                : Optional.empty();
    }

    public static ScratchDatabase create(String suiteUrl, String purpose) {
        Matcher matcher = SERVER.matcher(suiteUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a jdbc:mysql://host/db URL");
        }
        String name = (matcher.group(2) + "_" + purpose + "_" + System.currentTimeMillis() % 100_000)
                .replaceAll("[^A-Za-z0-9_]", "_");
        ScratchDatabase database = new ScratchDatabase(matcher.group(1), name, matcher.group(3));
        database.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return database;
    }

    public String url() {
        return serverUrl + "/" + name + suffix;
    }

    public String user() {
        return System.getenv().getOrDefault("YANGGUANG_DB_USER", "root");
    }

    public String password() {
        return System.getenv().getOrDefault("YANGGUANG_DB_PASSWORD", "");
    }

    /** Runs one statement in this database. */
    public void run(String sql) {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl + "/" + suffix, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS `" + name + "`");
    }
}
