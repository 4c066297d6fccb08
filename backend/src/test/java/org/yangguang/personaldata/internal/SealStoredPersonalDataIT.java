package org.yangguang.personaldata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.household.HouseholdService;
import org.yangguang.personaldata.PersonalDataCipher;
import org.yangguang.support.ApiIT;
import org.yangguang.support.TestIds;

/**
 * Migration 20 on rows stored in the clear before V18 (written here by JDBC as the old code wrote
 * them): they come out sealed with their search hashes, the services find and read them, and a
 * second run changes nothing.
 */
class SealStoredPersonalDataIT extends ApiIT {

    @Autowired
    SealStoredPersonalData migration;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void rowsStoredInTheClearAreSealedOnceAndFoundAgain() throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        String account = "6222" + System.nanoTime() % 1_000_000_000_000_000L;
        String id = TestIds.person(LocalDate.of(1958, 2, 3), true);
        jdbc.update("INSERT INTO household (region_code, address, bank_account, authorization_signed, pledge_signed, "
                + "status, created_at, updated_at) VALUES ('511999101001', '旧数据路1号', ?, TRUE, TRUE, 'APPLYING', ?, ?)",
                account, now, now);
        long householdId = jdbc.queryForObject("SELECT MAX(id) FROM household", Long.class);
        jdbc.update("INSERT INTO household_member (household_id, position, name, id_number, relation, "
                + "identity_category, gender, birth_date) VALUES (?, 0, '旧户主', ?, 'HEAD', 'UNEMPLOYED', 'MALE', ?)",
                householdId, id, LocalDate.of(1958, 2, 3));

        run();

        Map<String, Object> member = jdbc.queryForMap(
                "SELECT id_number, id_number_hash FROM household_member WHERE household_id = ?", householdId);
        assertThat((String) member.get("id_number")).startsWith("k1:").doesNotContain(id);
        assertThat(member.get("id_number_hash")).isEqualTo(cipher.hash(id));
        Map<String, Object> household = jdbc.queryForMap(
                "SELECT bank_account, bank_account_hash FROM household WHERE id = ?", householdId);
        assertThat(cipher.open((String) household.get("bank_account"))).isEqualTo(account);
        assertThat(household.get("bank_account_hash")).isEqualTo(cipher.hash(account));
        assertThat(households.find(householdId).orElseThrow().members().get(0).idNumber()).isEqualTo(id);
        assertThat(households.openHouseholdsWithPeople(java.util.List.of(id))).containsExactly(householdId);

        String sealedBefore = (String) member.get("id_number");
        run();
        assertThat(jdbc.queryForObject("SELECT id_number FROM household_member WHERE household_id = ?", String.class,
                householdId)).as("a second run leaves sealed values alone").isEqualTo(sealedBefore);
    }

    private void run() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
    }
}
