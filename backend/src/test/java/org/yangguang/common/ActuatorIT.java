package org.yangguang.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiIT;

class ActuatorIT extends ApiIT {

    @Test
    void healthIsPublic() {
        var response = anonymous().get("/actuator/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void theRestOfActuatorIsNot() {
        assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(as("county").get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(as("admin").get("/actuator/metrics").status()).isEqualTo(200);
    }
}
