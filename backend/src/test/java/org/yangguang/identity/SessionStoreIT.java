package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;

/** Browser sessions live in the database, not in the node's memory, so any node serves them. */
class SessionStoreIT extends ApiIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedInSessionIsARowOfTheSessionTableUntilLogout() {
        int before = sessionsOf("inspector");
        ApiClient inspector = as("inspector");
        assertThat(sessionsOf("inspector")).isEqualTo(before + 1);
        assertThat(inspector.get("/api/auth/me").status()).isEqualTo(200);

        assertThat(inspector.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(sessionsOf("inspector")).isEqualTo(before);
    }

    private int sessionsOf(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Integer.class,
                username);
    }
}
