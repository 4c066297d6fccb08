package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.TestAccounts;

/** The same officer accounts log into Camunda's webapps; only supervisors may open them. */
class CockpitLoginIT extends ApiIT {

    @Test
    void supervisorLogsIntoCockpitWithTheSameAccount() {
        var response = cockpitLogin("supervisor", TestAccounts.PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("userId").asText()).isEqualTo("supervisor");
        assertThat(response.json().get("authorizedApps").toString()).contains("cockpit");
    }

    @Test
    void aVillageOfficerMayNotOpenCockpit() {
        assertThat(cockpitLogin("village-dh1", TestAccounts.PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void anAdministratorMayNotOpenCockpitEither() {
        assertThat(cockpitLogin("admin", TestAccounts.PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(cockpitLogin("supervisor", "Wrong#2026x").status()).isEqualTo(401);
    }

    private ApiClient.Response cockpitLogin(String username, String password) {
        ApiClient client = anonymous();
        client.get("/camunda/app/cockpit/default/");
        String token = client.cookie("CAMUNDA-XSRF-TOKEN");
        assertThat(token).as("Camunda's own CSRF cookie").isNotNull();
        return client.postForm(
                "/camunda/api/admin/auth/user/default/login/cockpit",
                Map.of("username", username, "password", password),
                Map.of("X-XSRF-TOKEN", token));
    }
}
