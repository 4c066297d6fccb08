package org.yangguang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.Households;

/** Inspectors read everything and change nothing, anywhere. */
class InspectorsChangeNothingIT extends ApiIT {

    @Test
    void everyChangeAnInspectorTriesIsRefused() {
        CaseDriver cases = new CaseDriver(port);
        long caseId = cases.apply("village-dh1", Households.typical("511999101001"));
        String taskId = cases.task("township-dh", caseId, "accept");
        ApiClient inspector = as("inspector");

        assertThat(inspector.post("/api/applications", Households.typical("511999101001").body()).status()).isEqualTo(403);
        assertThat(inspector.post("/api/tasks/" + taskId + "/complete", Map.of("decision", "accept")).status())
                .isEqualTo(403);
        assertThat(inspector.post("/api/admin/officers", Map.of("username", "x")).status()).isEqualTo(403);
        assertThat(inspector.put("/api/admin/regions/511999101001", Map.of("name", "改名")).status()).isEqualTo(403);
        assertThat(inspector.put("/api/admin/calendar/2026-12-01", Map.of("kind", "HOLIDAY", "name", "x")).status())
                .isEqualTo(403);
        assertThat(inspector.post("/api/allowance/standards",
                        Map.of("area", "RURAL", "monthlyAmount", "700.00", "validFrom", "2027-01-01"))
                .status())
                .isEqualTo(403);
        assertThat(anonymous().basicAuth("inspector", "Sunshine#2026").get("/engine-rest/engine").status())
                .isEqualTo(403);

        assertThat(inspector.get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(inspector.get("/api/audit/flags").status()).isEqualTo(200);
        assertThat(cases.task("township-dh", caseId, "accept")).isEqualTo(taskId);
    }
}
