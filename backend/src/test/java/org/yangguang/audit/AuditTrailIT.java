package org.yangguang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;

/** The trail is append-only in the database and its hash chain names the first row tampered with. */
class AuditTrailIT extends ApiIT {

    @Autowired
    DataSource dataSource;

    AuditDatabase database;
    ApiClient inspector;

    /** Signed in before any tampering: a login is itself recorded, and must not land in the middle of a test. */
    @BeforeEach
    void database() throws Exception {
        database = new AuditDatabase(dataSource);
        inspector = as("inspector");
    }

    @Test
    void anUntouchedTrailVerifies() {
        JsonNode verification = inspector.get("/api/audit/verify").json();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("checked").asLong()).isPositive();
        assertThat(verification.has("firstBrokenId")).isFalse();
    }

    @Test
    void theApplicationsDatabaseUserCannotUpdateOrDeleteAuditRows() {
        assertThatThrownBy(() -> database.jdbc().update("UPDATE audit_event SET actor = 'someone' WHERE id = 1"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> database.jdbc().update("DELETE FROM audit_event WHERE id = 1"))
                .isInstanceOf(DataAccessException.class);
        assertThat(database.jdbc().queryForObject("SELECT actor FROM audit_event WHERE id = 1", String.class))
                .isNotEqualTo("someone");
    }

    @Test
    void aChangedFieldIsNamed() throws Exception {
        long id = anEventInTheMiddle();
        String actor = database.jdbc().queryForObject("SELECT actor FROM audit_event WHERE id = ?", String.class, id);
        database.liftTriggers();
        try {
            database.jdbc().update("UPDATE audit_event SET actor = 'forger' WHERE id = ?", id);
            assertBrokenAt(id);
            database.jdbc().update("UPDATE audit_event SET actor = ? WHERE id = ?", actor, id);
        } finally {
            database.restoreTriggers();
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void aDeletedRowIsNamed() throws Exception {
        long id = anEventInTheMiddle();
        Map<String, Object> row = database.jdbc().queryForMap("SELECT * FROM audit_event WHERE id = ?", id);
        database.liftTriggers();
        try {
            database.jdbc().update("DELETE FROM audit_event WHERE id = ?", id);
            assertBrokenAt(id + 1);
            reinsert(row);
        } finally {
            database.restoreTriggers();
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void theLastRowDeletedIsNamedToo() throws Exception {
        long last = database.jdbc().queryForObject("SELECT MAX(id) FROM audit_event", Long.class);
        Map<String, Object> row = database.jdbc().queryForMap("SELECT * FROM audit_event WHERE id = ?", last);
        database.liftTriggers();
        try {
            database.jdbc().update("DELETE FROM audit_event WHERE id = ?", last);
            assertBrokenAt(last);
            reinsert(row);
        } finally {
            database.restoreTriggers();
        }
    }

    @Test
    void twoSwappedRowsAreNamed() throws Exception {
        long first = anEventInTheMiddle();
        long second = first + 1;
        database.liftTriggers();
        try {
            database.jdbc().update("UPDATE audit_event SET id = -1 WHERE id = ?", first);
            database.jdbc().update("UPDATE audit_event SET id = ? WHERE id = ?", first, second);
            database.jdbc().update("UPDATE audit_event SET id = ? WHERE id = -1", second);
            assertBrokenAt(first);
            database.jdbc().update("UPDATE audit_event SET id = -1 WHERE id = ?", first);
            database.jdbc().update("UPDATE audit_event SET id = ? WHERE id = ?", first, second);
            database.jdbc().update("UPDATE audit_event SET id = ? WHERE id = -1", second);
        } finally {
            database.restoreTriggers();
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void aChangeWhoseAuditRecordCannotBeWrittenIsRolledBack() {
        String username = unique("norecord");
        ApiClient admin = as("admin");
        database.jdbc().execute("ALTER TABLE audit_event RENAME TO audit_event_away");
        try {
            var refused = admin.post("/api/admin/officers", Map.of("username", username, "displayName", "无记录",
                    "role", "VILLAGE", "regionCode", "511999101001", "password", "Good#Pass1"));
            assertThat(refused.status()).isEqualTo(500);
        } finally {
            database.jdbc().execute("ALTER TABLE audit_event_away RENAME TO audit_event");
        }
        assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM officer WHERE username = ?", Integer.class,
                        username))
                .isZero();
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void loginsFailuresAndRefusalsAreRecorded() {
        anonymous().post("/api/auth/login", Map.of("username", "village-dh2", "password", "Wrong#Pass9"));
        as("village-dh2").get("/api/admin/officers");
        List<String> types = as("inspector").get("/api/audit/events?actor=village-dh2").json().findValuesAsText("type");
        assertThat(types).contains("LOGIN_FAILED", "LOGIN_SUCCEEDED", "ACCESS_DENIED");
        JsonNode denial = last(as("inspector").get("/api/audit/events?actor=village-dh2&type=ACCESS_DENIED").json());
        assertThat(denial.get("role").asText()).isEqualTo("VILLAGE");
        assertThat(denial.get("regionCode").asText()).isEqualTo("511999101002");
        assertThat(denial.get("detail").get("path").asText()).isEqualTo("/api/admin/officers");
    }

    @Test
    void theStartUpDeploymentIsRecorded() {
        JsonNode deployments = as("inspector").get("/api/audit/events?type=MODEL_DEPLOYED").json();
        assertThat(deployments.size()).isPositive();
        assertThat(deployments.toString()).contains("dibao-application");
    }

    @Test
    void onlyInspectorsReadTheTrail() {
        for (String officer : new String[] {"county", "supervisor", "admin", "village-dh1"}) {
            assertThat(as(officer).get("/api/audit/verify").status()).as(officer).isEqualTo(403);
        }
    }

    private long anEventInTheMiddle() {
        return database.jdbc().queryForObject("SELECT MAX(id) FROM audit_event", Long.class) / 2;
    }

    private void assertBrokenAt(long id) {
        JsonNode verification = verify();
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstBrokenId").asLong()).isEqualTo(id);
    }

    private JsonNode verify() {
        return inspector.get("/api/audit/verify").json();
    }

    private void reinsert(Map<String, Object> row) {
        database.jdbc().update("INSERT INTO audit_event (id, at, actor, role, region_code, type, case_id, household_id, "
                        + "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("id"), row.get("at"), row.get("actor"), row.get("role"), row.get("region_code"), row.get("type"),
                row.get("case_id"), row.get("household_id"), row.get("detail"), row.get("prev_hash"), row.get("hash"));
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
