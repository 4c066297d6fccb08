package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.TestAccounts;

class SessionSecurityIT extends ApiIT {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void aChangeWithoutTheCsrfHeaderIsRefused() {
        ApiClient client = as("township-dh").withoutCsrfHeader();
        var refused = client.post("/api/auth/logout", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("CSRF");
        assertThat(client.get("/api/auth/me").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aChangeWithAWrongCsrfHeaderIsRefused() {
        ApiClient client = as("township-dh").header("X-XSRF-TOKEN", "forged-token");
        assertThat(client.post("/api/auth/logout", null).status()).isEqualTo(403);
    }

    @Test
    void theSameChangeWithTheHeaderPasses() {
        ApiClient client = as("township-dh");
        assertThat(client.cookie("XSRF-TOKEN")).isNotBlank();
        assertThat(client.post("/api/auth/logout", null).status()).isEqualTo(204);
    }

    @Test
    void sessionAndCsrfCookiesCarryTheirFlags() {
        var response = anonymous().post("/api/auth/login", Map.of("username", "county", "password", TestAccounts.PASSWORD));
        String session = cookieHeader(response, "YGSESSION");
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        String csrf = cookieHeader(response, "XSRF-TOKEN");
        assertThat(csrf).contains("SameSite=Lax").doesNotContain("HttpOnly");
    }

    @Test
    void cookiesAreSecureWhenTheRequestCameOverHttps() {
        var response = anonymous()
                .header("X-Forwarded-Proto", "https")
                .post("/api/auth/login", Map.of("username", "county", "password", TestAccounts.PASSWORD));
        assertThat(cookieHeader(response, "YGSESSION")).contains("Secure").contains("HttpOnly");
        assertThat(cookieHeader(response, "XSRF-TOKEN")).contains("Secure");
    }

    @Test
    void loginGivesANewSessionId() {
        ApiClient client = anonymous();
        client.get("/camunda/app/cockpit/default/");
        String before = client.cookie("YGSESSION");
        assertThat(before).as("a session before login").isNotNull();
        client.login("county");
        assertThat(client.cookie("YGSESSION")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void sessionsExpireAfterThirtyIdleMinutes() {
        Context webapp = (Context) ((TomcatWebServer) context.getWebServer())
                .getTomcat()
                .getHost()
                .findChildren()[0];
        assertThat(webapp.getSessionTimeout()).isEqualTo(30);
    }

    private static String cookieHeader(ApiClient.Response response, String name) {
        return response.setCookies().stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.setCookies()));
    }
}
