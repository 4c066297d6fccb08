package org.yangguang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.yangguang.support.ApiIT;

/** The suite runs on the database it claims to: H2 by default, MySQL/MariaDB with the mysql profile. */
class DatabaseIT extends ApiIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void runsOnTheConfiguredDatabaseWithCamundasSettings() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String version = connection.getMetaData().getDatabaseProductVersion();
            System.out.println("Integration tests run on " + product + " " + version);
            if (environment.matchesProfiles("mysql")) {
                assertThat(product).isEqualTo("MySQL");
                assertThat(connection.getMetaData().getURL()).startsWith("jdbc:mysql:");
                assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
            } else {
                assertThat(product).isEqualTo("H2");
            }
        }
    }
}
