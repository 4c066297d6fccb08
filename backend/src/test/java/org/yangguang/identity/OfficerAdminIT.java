package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;

class OfficerAdminIT extends ApiIT {

    @Test
    void adminCreatesAnOfficerWhoThenLogsIn() {
        String username = unique("new");
        var created = as("admin").post("/api/admin/officers", draft(username, "TOWNSHIP", "511999101000", "Good#Pass1"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("role").asText()).isEqualTo("TOWNSHIP");
        assertThat(created.json().has("passwordHash")).isFalse();

        var me = new ApiClient(port).login(username, "Good#Pass1").get("/api/auth/me").json();
        assertThat(me.get("regionCode").asText()).isEqualTo("511999101000");
    }

    @Test
    void aWeakPasswordIsRefusedWithItsFieldAndNothingIsStored() {
        ApiClient admin = as("admin");
        for (String weak : new String[] {"Ab#1", "alllowercase1", "ALLUPPER12", "12345678"}) {
            String username = unique("weak");
            var refused = admin.post("/api/admin/officers", draft(username, "VILLAGE", "511999101001", weak));
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
            assertThat(admin.get("/api/admin/officers/" + username).status()).isEqualTo(404);
        }
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        Map<String, Object> body = new HashMap<>();
        body.put("username", "X");
        body.put("password", "short");
        var refused = as("admin").post("/api/admin/officers", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsText("field"))
                .containsExactlyInAnyOrder("username", "displayName", "role", "regionCode", "password");
    }

    @Test
    void aRoleMustFitTheLevelOfItsRegion() {
        var refused = as("admin").post("/api/admin/officers", draft(unique("misfit"), "VILLAGE", "511999101000", "Good#Pass1"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("regionCode");
    }

    @Test
    void aTakenUsernameIs409() {
        assertThat(as("admin").post("/api/admin/officers", draft("county", "COUNTY", "511999000000", "Good#Pass1")).status())
                .isEqualTo(409);
    }

    @Test
    void onlyTheAdministratorManagesOfficers() {
        assertThat(as("county").get("/api/admin/officers").status()).isEqualTo(403);
        assertThat(as("supervisor").post("/api/admin/officers", draft(unique("x"), "COUNTY", "511999000000", "Good#Pass1")).status())
                .isEqualTo(403);
        assertThat(as("admin").get("/api/admin/officers").json().size()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void adminResetsAPasswordUnderTheSameRules() {
        String username = unique("resetpw");
        ApiClient admin = as("admin");
        admin.post("/api/admin/officers", draft(username, "VILLAGE", "511999102002", "Good#Pass1"));
        assertThat(admin.post("/api/admin/officers/" + username + "/password", Map.of("password", "weak")).status())
                .isEqualTo(400);
        assertThat(admin.post("/api/admin/officers/" + username + "/password", Map.of("password", "Fresh#Pass2")).status())
                .isEqualTo(204);
        new ApiClient(port).login(username, "Fresh#Pass2");
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        var refused = as("admin").put("/api/admin/officers/admin",
                Map.of("displayName", "系统管理员", "role", "ADMIN", "regionCode", "511999000000", "enabled", false));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(as("admin").get("/api/auth/me").status()).isEqualTo(200);
    }

    @Test
    void thePasswordRulesArePublishedToThePages() {
        var policy = as("village-dh1").get("/api/auth/password-policy").json();
        assertThat(policy.get("minLength").asInt()).isEqualTo(8);
        assertThat(policy.get("minClasses").asInt()).isEqualTo(3);
    }

    private static Map<String, Object> draft(String username, String role, String region, String password) {
        return Map.of(
                "username", username, "displayName", "测试干部", "role", role, "regionCode", region, "password", password);
    }
}
