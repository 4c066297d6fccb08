package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.TestPropertySource;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.TestAccounts;

/**
 * Issue 11.6 in the {@code production} profile (added to the profiles of the run): an officer who
 * signs in with the demo password may do nothing but change it (403 {@code
 * PASSWORD_CHANGE_REQUIRED}), the change follows the password rules and is audited, and afterwards
 * everything works; HTTP Basic and Camunda's webapps refuse the demo password; cookies are Secure.
 *
 * <p>The officers are created here (with the demo password), so that the demo accounts that other
 * tests share keep theirs.
 */
@ActiveProfiles(resolver = PasswordChangeIT.WithProduction.class)
@Tag("isolated")
// The production profile takes the personal-data keys from the environment; the run's database was
// sealed under the demo keys, so these are the same.
@TestPropertySource(properties = {
    "YANGGUANG_PERSONAL_DATA_KEY=K1JEgju07cMxHrmMRGUcVRdMiDVQMIdL/OHCHk1w2Mg=",
    "YANGGUANG_PERSONAL_DATA_HASH_KEY=/7hRfl5HRK3FxGZI0kaj7UhT+PvMFKI7K7txS6o/wPo="})
class PasswordChangeIT extends ApiIT {

    @Autowired
    OfficerService officers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerWithTheDemoPasswordMustChangeItBeforeAnythingElse() {
        String username = officer(Role.TOWNSHIP, "511999101000", TestAccounts.PASSWORD);
        ApiClient client = anonymous();
        var login = client.post("/api/auth/login", Map.of("username", username, "password", TestAccounts.PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("passwordChangeRequired").asBoolean()).isTrue();
        carryCookies(client);

        var refused = client.get("/api/cases");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(client.get("/api/tasks").status()).isEqualTo(403);
        assertThat(client.post("/api/complaints", Map.of()).status()).isEqualTo(403);
        assertThat(client.get("/api/auth/me").json().get("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(client.get("/api/auth/password-policy").status()).isEqualTo(200);
        assertThat(refusalsRecorded(username))
                .anyMatch(detail -> detail.contains("/api/cases"))
                .anyMatch(detail -> detail.contains("/api/complaints"));

        var weak = client.post("/api/auth/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "password"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asText()).isEqualTo("newPassword");
        var wrongCurrent = client.post("/api/auth/password",
                Map.of("currentPassword", "Not#The1Password", "newPassword", "Fresh#Start2027"));
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(client.get("/api/cases").status()).as("still held").isEqualTo(403);

        var changed = client.post("/api/auth/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "Fresh#Start2027"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(client.get("/api/cases").status()).isEqualTo(200);
        assertThat(client.get("/api/auth/me").json().get("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE type = 'PASSWORD_CHANGED' AND actor = ?",
                        Integer.class, username))
                .isEqualTo(1);

        ApiClient again = anonymous();
        assertThat(again.post("/api/auth/login", Map.of("username", username, "password", TestAccounts.PASSWORD))
                        .status())
                .isEqualTo(401);
        var fresh = again.post("/api/auth/login", Map.of("username", username, "password", "Fresh#Start2027"));
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().get("passwordChangeRequired").asBoolean()).isFalse();
    }

    @Test
    void logoutIsOpenWhileTheChangeIsPending() {
        String username = officer(Role.VILLAGE, "511999101001", TestAccounts.PASSWORD);
        ApiClient client = anonymous().login(username, TestAccounts.PASSWORD);
        carryCookies(client);
        assertThat(client.post("/api/auth/logout", null).status()).isEqualTo(204);
    }

    @Test
    void anOfficerWithAnotherPasswordIsNotHeld() {
        String username = officer(Role.VILLAGE, "511999101001", "Own#Choice2026");
        ApiClient client = anonymous();
        var login = client.post("/api/auth/login", Map.of("username", username, "password", "Own#Choice2026"));
        assertThat(login.json().get("passwordChangeRequired").asBoolean()).isFalse();
        carryCookies(client);
        assertThat(client.get("/api/cases").status()).isEqualTo(200);
    }

    @Test
    void httpBasicAndCamundaWebappsRefuseTheDemoPassword() {
        String username = officer(Role.SUPERVISOR, "511999000000", TestAccounts.PASSWORD);
        assertThat(anonymous().basicAuth(username, TestAccounts.PASSWORD).get("/engine-rest/engine").status())
                .isEqualTo(401);
        // This test runs in a JVM of its own (tag isolated), so its engine is the "default" the webapps use.
        ApiClient cockpit = anonymous();
        cockpit.get("/camunda/app/cockpit/default/");
        String token = cockpit.cookie("CAMUNDA-XSRF-TOKEN");
        // The session cookie is Secure: handed over by hand, as in carryCookies.
        String cookies = "YGSESSION=" + cockpit.cookie("YGSESSION") + "; CAMUNDA-XSRF-TOKEN=" + token;
        assertThat(cockpit.postForm("/camunda/api/admin/auth/user/default/login/cockpit",
                                Map.of("username", username, "password", TestAccounts.PASSWORD),
                                Map.of("X-XSRF-TOKEN", token, "Cookie", cookies))
                        .status())
                .isEqualTo(401);
        assertThat(jdbc.queryForList(
                        "SELECT detail FROM audit_event WHERE type = 'LOGIN_FAILED' AND actor = ?", String.class,
                        username))
                .hasSize(2)
                .allSatisfy(detail -> assertThat(detail).contains("PASSWORD_CHANGE_REQUIRED"));

        String changed = officer(Role.SUPERVISOR, "511999000000", "Engine#Door2026");
        assertThat(anonymous().basicAuth(changed, "Engine#Door2026").get("/engine-rest/engine").status())
                .isEqualTo(200);
    }

    @Test
    void cookiesAreSecureInProduction() {
        String username = officer(Role.VILLAGE, "511999101001", "Own#Choice2026");
        var login = anonymous().post("/api/auth/login", Map.of("username", username, "password", "Own#Choice2026"));
        assertThat(login.setCookies())
                .filteredOn(c -> c.startsWith("YGSESSION=") || c.startsWith("XSRF-TOKEN="))
                .hasSize(2)
                .allSatisfy(c -> assertThat(c).contains("Secure").contains("SameSite=Lax"));
        assertThat(login.setCookies()).filteredOn(c -> c.startsWith("YGSESSION=")).allSatisfy(c -> assertThat(c)
                .contains("HttpOnly"));
    }

    private String officer(Role role, String regionCode, String password) {
        String username = unique("pw");
        officers.create(new OfficerDraft(username, "改密测试", role, regionCode, true, password), "test");
        return username;
    }

    /** The audit trail's refusals of the officer for a pending password change. */
    private List<String> refusalsRecorded(String username) {
        return jdbc.queryForList(
                        "SELECT detail FROM audit_event WHERE type = 'ACCESS_DENIED' AND actor = ?", String.class, username)
                .stream()
                .filter(detail -> detail.contains("error.passwordChangeRequired"))
                .toList();
    }

    /**
     * The cookies are Secure, and a client sends Secure cookies over HTTPS only; this test talks plain
     * HTTP to the server, so it hands them over itself, as the TLS proxy in front of production would.
     */
    private static void carryCookies(ApiClient client) {
        client.header("Cookie", "YGSESSION=" + client.cookie("YGSESSION") + "; XSRF-TOKEN=" + client.cookie("XSRF-TOKEN"));
    }

    /** The profiles of the run (it, or mysql,it-mysql) and production. */
    static final class WithProduction implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            List<String> profiles = new ArrayList<>(
                    Arrays.asList(System.getProperty("spring.profiles.active", "it").split(",")));
            profiles.add("production");
            return profiles.toArray(String[]::new);
        }
    }
}
