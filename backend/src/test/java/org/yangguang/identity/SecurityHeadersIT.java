package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;

/**
 * Issue 11.6: the headers of the browser application (its pages and its API), of Camunda's webapps
 * (their own policy, which their scripts need) and of HTTPS answers.
 */
class SecurityHeadersIT extends ApiIT {

    @Test
    void pagesAndApiAnswersCarryTheBrowserPolicy() {
        for (String path : new String[] {"/login", "/inbox", "/api/auth/me", "/api/public/notices"}) {
            ApiClient.Response response = anonymous().get(path);
            String csp = header(response, "Content-Security-Policy");
            assertThat(csp).as(path)
                    .contains("default-src 'self'")
                    .contains("script-src 'self'")
                    .contains("object-src 'none'")
                    .contains("frame-ancestors 'none'")
                    .contains("base-uri 'self'")
                    .contains("form-action 'self'");
            assertThat(directive(csp, "script-src")).as("no inline or evaluated script").doesNotContain("unsafe");
            assertThat(directive(csp, "style-src")).as("Element Plus sets inline styles").contains("'unsafe-inline'");
            assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
            assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).isEqualTo("same-origin");
            assertThat(header(response, "Permissions-Policy")).contains("camera=()").contains("geolocation=()");
        }
    }

    @Test
    void apiAnswersAreNotCached() {
        ApiClient.Response response = as("county").get("/api/auth/me");
        assertThat(header(response, "Cache-Control")).contains("no-store");
    }

    @Test
    void httpsAnswersAskForHttpsOnly() {
        ApiClient.Response response = anonymous().header("X-Forwarded-Proto", "https").get("/login");
        assertThat(header(response, "Strict-Transport-Security")).contains("max-age=");
        assertThat(anonymous().get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void camundaWebappsKeepTheirOwnPolicyAndRefuseFramingByOthers() {
        ApiClient.Response response = anonymous().get("/camunda/app/cockpit/default/");
        assertThat(response.status()).isEqualTo(200);
        String csp = header(response, "Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    /** The policy allows no inline script, so the page itself must have none (Vite keeps it so when building). */
    @Test
    void theIndexPageHasNoInlineScript() throws IOException {
        Path source = Path.of("..", "frontend", "index.html");
        Path built = Path.of("..", "frontend", "dist", "index.html");
        for (Path page : Files.exists(built) ? new Path[] {source, built} : new Path[] {source}) {
            String html = Files.readString(page);
            Matcher scripts = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
            int found = 0;
            while (scripts.find()) {
                found++;
                assertThat(scripts.group(1)).as(page + ": every script is a file").contains("src=");
                assertThat(scripts.group(2).trim()).as(page + ": no inline code").isEmpty();
            }
            assertThat(found).as(page + " loads the application").isPositive();
            assertThat(html).as(page + ": no inline event handlers").doesNotContainPattern("\\son[a-z]+\\s*=");
        }
    }

    private static String header(ApiClient.Response response, String name) {
        return response.headers().firstValue(name)
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.headers().map()));
    }

    private static String directive(String csp, String name) {
        for (String directive : csp.split(";")) {
            if (directive.trim().startsWith(name + " ")) {
                return directive.trim();
            }
        }
        throw new AssertionError("no " + name + " in " + csp);
    }
}
