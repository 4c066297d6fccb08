package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.TestAccounts;

/**
 * The same officer accounts log into Camunda's webapps: supervisors into Cockpit, Tasklist and
 * Admin; administrators into Admin only, where they read users, groups and authorizations but
 * change none; every other role is refused.
 */
class CockpitLoginIT extends ApiIT {

    private static final String ENGINE_API = "/camunda/api/engine/engine/default";

    @Value("${camunda.bpm.webapp.csrf.cookie-name}")
    String camundaCsrfCookie;

    @Test
    void supervisorLogsIntoCockpitWithTheSameAccount() {
        var response = webappLogin(anonymous(), "cockpit", "supervisor", TestAccounts.PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("userId").asText()).isEqualTo("supervisor");
        assertThat(response.json().get("authorizedApps").toString()).contains("cockpit", "tasklist", "admin");
    }

    @Test
    void supervisorMayOpenTasklistAndAdminToo() {
        assertThat(webappLogin(anonymous(), "tasklist", "supervisor", TestAccounts.PASSWORD).status()).isEqualTo(200);
        assertThat(webappLogin(anonymous(), "admin", "supervisor", TestAccounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aVillageOfficerMayOpenNoWebapp() {
        for (String app : List.of("cockpit", "tasklist", "admin")) {
            assertThat(webappLogin(anonymous(), app, "village-dh1", TestAccounts.PASSWORD).status()).as(app)
                    .isEqualTo(403);
        }
    }

    @Test
    void anAdministratorOpensAdminButNeitherCockpitNorTasklist() {
        var admin = webappLogin(anonymous(), "admin", "admin", TestAccounts.PASSWORD);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().get("authorizedApps").toString()).contains("admin").doesNotContain("cockpit")
                .doesNotContain("tasklist");
        assertThat(webappLogin(anonymous(), "cockpit", "admin", TestAccounts.PASSWORD).status()).isEqualTo(403);
        assertThat(webappLogin(anonymous(), "tasklist", "admin", TestAccounts.PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void inAdminAnAdministratorReadsUsersAndGroupsButNoProcessesAndGrantsNothing() {
        ApiClient admin = anonymous();
        assertThat(webappLogin(admin, "admin", "admin", TestAccounts.PASSWORD).status()).isEqualTo(200);
        var users = admin.get(ENGINE_API + "/user?maxResults=200");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().findValuesAsText("id")).contains("supervisor", "village-dh1", "admin");
        assertThat(admin.get(ENGINE_API + "/group?maxResults=500").json().findValuesAsText("id"))
                .contains("supervisor", "admin", "village-511999101001");
        assertThat(admin.get(ENGINE_API + "/authorization?maxResults=500").json().findValuesAsText("groupId"))
                .contains("supervisor", "admin");
        assertThat(admin.get(ENGINE_API + "/process-definition").json()).isEmpty();

        // Granting itself Cockpit would take CREATE on authorizations, which administrators lack.
        String token = camundaToken(admin);
        var grant = admin.withoutCsrfHeader().header("X-XSRF-TOKEN", token).post(ENGINE_API + "/authorization/create",
                Map.of("type", 1, "permissions", List.of("ACCESS"), "groupId", "admin", "resourceType", 0,
                        "resourceId", "cockpit"));
        assertThat(grant.status()).as(grant.body()).isEqualTo(403);
        assertThat(grant.body()).as("refused by the engine, not by the CSRF filter").contains("AuthorizationException");
        assertThat(webappLogin(anonymous(), "cockpit", "admin", TestAccounts.PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void supervisorsSeeTheProcessesInCockpit() {
        ApiClient supervisor = anonymous();
        assertThat(webappLogin(supervisor, "cockpit", "supervisor", TestAccounts.PASSWORD).status()).isEqualTo(200);
        assertThat(supervisor.get(ENGINE_API + "/process-definition").json().findValuesAsText("key"))
                .contains("dibao-application");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(webappLogin(anonymous(), "cockpit", "supervisor", "Wrong#2026x").status()).isEqualTo(401);
    }

    /**
     * The application's XSRF-TOKEN cookie reaches the webapps' pages too; each webapp's settings
     * make it read and echo Camunda's own cookie instead, or its login would answer 403.
     */
    @Test
    void everyWebappEchoesCamundasOwnCsrfCookie() {
        assertThat(camundaCsrfCookie).isNotEqualTo("XSRF-TOKEN");
        for (String app : List.of("cockpit", "tasklist", "admin", "welcome")) {
            var config = anonymous().get("/camunda/app/" + app + "/scripts/config.js");
            assertThat(config.status()).as(app).isEqualTo(200);
            assertThat(config.body()).as(app).contains("csrfCookieName: '" + camundaCsrfCookie + "'");
        }
    }

    @Test
    void theApplicationsCsrfTokenDoesNotOpenTheWebapps() {
        ApiClient client = anonymous();
        client.get("/camunda/app/cockpit/default/");
        client.get("/api/auth/me");
        String applicationToken = client.cookie("XSRF-TOKEN");
        assertThat(applicationToken).isNotNull();
        var response = client.postForm("/camunda/api/admin/auth/user/default/login/cockpit",
                Map.of("username", "supervisor", "password", TestAccounts.PASSWORD),
                Map.of("X-XSRF-TOKEN", applicationToken));
        assertThat(response.status()).isEqualTo(403);
    }

    private String camundaToken(ApiClient client) {
        client.get("/camunda/app/admin/default/");
        String token = client.cookie(camundaCsrfCookie);
        assertThat(token).as("Camunda's own CSRF cookie").isNotNull();
        return token;
    }

    private ApiClient.Response webappLogin(ApiClient client, String app, String username, String password) {
        client.get("/camunda/app/" + app + "/default/");
        String token = client.cookie(camundaCsrfCookie);
        assertThat(token).as("Camunda's own CSRF cookie").isNotNull();
        return client.postForm(
                "/camunda/api/admin/auth/user/default/login/" + app,
                Map.of("username", username, "password", password),
                Map.of("X-XSRF-TOKEN", token));
    }
}
