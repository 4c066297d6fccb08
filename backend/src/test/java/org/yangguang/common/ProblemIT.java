package org.yangguang.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiIT;

class ProblemIT extends ApiIT {

    @Test
    void malformedJsonIs400ProblemJson() {
        var response = as("admin").post("/api/admin/officers", "{not json");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
        assertThat(response.json().get("title").asText()).isNotBlank();
        assertThat(response.json().get("detail").asText()).isNotBlank();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        var response = as("admin").post("/api/admin/officers", "{\"username\":\"x\",\"role\":\"KING\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("role");
    }

    @Test
    void anUnknownApiPathIs404ProblemJson() {
        var response = as("county").get("/api/no-such-thing");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void englishOnRequest() {
        var response = anonymous()
                .header("Accept-Language", "en-US")
                .post("/api/auth/login", "{\"username\":\"county\",\"password\":\"Wrong#2026x\"}");
        assertThat(response.json().get("detail").asText()).isEqualTo("Wrong username or password");
    }
}
