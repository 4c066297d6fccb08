package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.TestAccounts;

class LoginIT extends ApiIT {

    @Autowired
    OfficerService officers;

    @Test
    void everyDemoAccountLogsInWithItsRoleAndRegion() {
        for (String username : TestAccounts.ALL) {
            ApiClient client = anonymous();
            var response = client.post(
                    "/api/auth/login", Map.of("username", username, "password", TestAccounts.PASSWORD));
            assertThat(response.status()).as(username).isEqualTo(200);
            var officer = officers.require(username);
            assertThat(response.json().get("username").asText()).isEqualTo(username);
            assertThat(response.json().get("roles").get(0).asText()).isEqualTo(officer.role().name());
            assertThat(response.json().get("regionCode").asText()).isEqualTo(officer.regionCode());
            assertThat(client.get("/api/auth/me").json().get("username").asText()).isEqualTo(username);
        }
    }

    @Test
    void wrongPasswordAnswers401AsProblemJson() {
        var response =
                anonymous().post("/api/auth/login", Map.of("username", "county", "password", "Wrong#2026x"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isEqualTo("用户名或密码错误");
    }

    @Test
    void unknownUserAnswersLikeAWrongPassword() {
        var response =
                anonymous().post("/api/auth/login", Map.of("username", "nobody-here", "password", "Wrong#2026x"));
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenAgainstTheRightPassword() {
        String username = unique("lock");
        officers.create(new OfficerDraft(username, "锁定测试", Role.VILLAGE, "511999101001", true, "Right#Pass1"), "test");

        for (int attempt = 1; attempt <= 5; attempt++) {
            var failed = anonymous().post("/api/auth/login", Map.of("username", username, "password", "Wrong#Pass1"));
            assertThat(failed.status()).as("attempt " + attempt).isEqualTo(401);
        }
        var locked = anonymous().post("/api/auth/login", Map.of("username", username, "password", "Right#Pass1"));
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.json().get("detail").asText()).contains("锁定");
        assertThat(officers.require(username).lockedUntil()).isNotNull();

        as("admin").post("/api/admin/officers/" + username + "/unlock", null);
        assertThat(anonymous()
                        .post("/api/auth/login", Map.of("username", username, "password", "Right#Pass1"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        String username = unique("reset");
        officers.create(new OfficerDraft(username, "计数测试", Role.VILLAGE, "511999101001", true, "Right#Pass1"), "test");
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                anonymous().post("/api/auth/login", Map.of("username", username, "password", "Wrong#Pass1"));
            }
            assertThat(anonymous()
                            .post("/api/auth/login", Map.of("username", username, "password", "Right#Pass1"))
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void meWithoutASessionAnswers401() {
        var response = anonymous().get("/api/auth/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void logoutEndsTheSession() {
        ApiClient client = as("township-dh");
        assertThat(client.post("/api/auth/logout", null).status()).isEqualTo(204);
        assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aDisabledOfficerLosesTheOpenSessionAtOnce() {
        String username = unique("disable");
        officers.create(new OfficerDraft(username, "停用测试", Role.TOWNSHIP, "511999102000", true, "Right#Pass1"), "test");
        ApiClient client = new ApiClient(port).login(username, "Right#Pass1");
        assertThat(client.get("/api/auth/me").status()).isEqualTo(200);

        officers.update(username, new OfficerDraft(username, "停用测试", Role.TOWNSHIP, "511999102000", false, null), "test");

        assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void officersChangeTheirOwnPasswordUnderThePasswordRules() {
        String username = unique("own");
        officers.create(new OfficerDraft(username, "改密测试", Role.VILLAGE, "511999102001", true, "Right#Pass1"), "test");
        ApiClient client = new ApiClient(port).login(username, "Right#Pass1");

        var weak = client.post(
                "/api/auth/password", Map.of("currentPassword", "Right#Pass1", "newPassword", "simple"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asText()).isEqualTo("newPassword");

        var changed = client.post(
                "/api/auth/password", Map.of("currentPassword", "Right#Pass1", "newPassword", "Better#Pass2"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(new ApiClient(port)
                        .post("/api/auth/login", Map.of("username", username, "password", "Better#Pass2"))
                        .status())
                .isEqualTo(200);
    }
}
