package org.yangguang.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.Households;

/** Every read and write of case data is scoped to the caller's region subtree. */
class JurisdictionIT extends ApiIT {

    CaseDriver cases;
    long caseId;

    @BeforeEach
    void aCaseInDongheVillage() {
        cases = new CaseDriver(port);
        caseId = cases.apply("village-dh1", Households.typical("511999101001"));
    }

    @Test
    void aVillageOfficerCannotReadAnotherVillagesCase() {
        assertThat(cases.as("village-dh1").get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(cases.as("village-dh2").get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(cases.as("village-xs1").get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(cases.as("village-dh2").get("/api/cases").json().findValuesAsText("caseId"))
                .doesNotContain(String.valueOf(caseId));
    }

    @Test
    void townshipsReadTheirOwnVillagesOnly() {
        assertThat(cases.as("township-dh").get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(cases.as("township-xs").get("/api/cases/" + caseId).status()).isEqualTo(404);
    }

    @Test
    void theCountyInspectorsAndSupervisorsReadTheWholeCounty() {
        for (String officer : new String[] {"county", "inspector", "supervisor"}) {
            assertThat(cases.as(officer).get("/api/cases/" + caseId).status()).as(officer).isEqualTo(200);
        }
    }

    @Test
    void theAdministratorReadsNoCaseData() {
        assertThat(cases.as("admin").get("/api/cases/" + caseId).status()).isEqualTo(403);
        assertThat(cases.as("admin").get("/api/cases").status()).isEqualTo(403);
        assertThat(cases.as("admin").get("/api/tasks").json().size()).isZero();
    }

    @Test
    void aTownshipCannotWriteOutsideItsTownship() {
        var refused = cases.as("township-xs").post("/api/applications", Households.typical("511999101002").body());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aVillageCannotApplyForAnotherVillage() {
        assertThat(cases.as("village-dh1").post("/api/applications", Households.typical("511999101002").body()).status())
                .isEqualTo(403);
    }

    @Test
    void tasksOfAnotherJurisdictionCannotBeCompleted() {
        String taskId = cases.task("township-dh", caseId, "accept");
        assertThat(cases.as("township-xs").post("/api/tasks/" + taskId + "/complete", Map.of("decision", "accept")).status())
                .isEqualTo(404);
        assertThat(cases.as("inspector").post("/api/tasks/" + taskId + "/complete", Map.of("decision", "accept")).status())
                .isEqualTo(403);
        assertThat(cases.as("village-dh1").post("/api/tasks/" + taskId + "/complete", Map.of("decision", "accept")).status())
                .isEqualTo(403);
    }

    @Test
    void onlyVillageAndTownshipOfficersApply() {
        assertThat(cases.as("county").post("/api/applications", Households.typical("511999101001").body()).status())
                .isEqualTo(403);
        assertThat(cases.as("inspector").post("/api/applications", Households.typical("511999101001").body()).status())
                .isEqualTo(403);
    }
}
