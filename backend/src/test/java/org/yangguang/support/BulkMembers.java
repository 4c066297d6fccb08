package org.yangguang.support;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.personaldata.PersonalDataCipher;

/**
 * Household members written by JDBC batch for tests of scale, stored as the application stores
 * them: the ID number sealed, with its search hash beside it.
 */
public final class BulkMembers {

    /** One member row; the identity category is UNEMPLOYED. */
    public record Row(long householdId, int position, String name, String idNumber, String relation, String gender,
            LocalDate birthDate) {}

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    public BulkMembers(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public void insert(List<Row> rows) {
        jdbc.batchUpdate("INSERT INTO household_member (household_id, position, name, id_number, id_number_hash, relation, "
                + "identity_category, gender, birth_date) VALUES (?, ?, ?, ?, ?, ?, 'UNEMPLOYED', ?, ?)",
                rows.stream()
                        .map(r -> new Object[] {r.householdId(), r.position(), r.name(), cipher.seal(r.idNumber()),
                            cipher.hash(r.idNumber()), r.relation(), r.gender(), r.birthDate()})
                        .toList());
    }
}
