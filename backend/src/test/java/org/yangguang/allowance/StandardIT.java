package org.yangguang.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;

class StandardIT extends ApiIT {

    private static final String STANDARDS = "/api/allowance/standards";

    @Test
    void everyOfficerReadsTheDemoStandardsOfTheCounty() {
        JsonNode standards = as("village-xs1").get(STANDARDS + "?countyCode=511999000000").json();

        assertThat(new java.math.BigDecimal(find(standards, "RURAL", "2026-01-01").get("monthlyAmount").asText()))
                .isEqualByComparingTo("650.00");
        assertThat(new java.math.BigDecimal(find(standards, "URBAN", "2026-01-01").get("monthlyAmount").asText()))
                .isEqualByComparingTo("850.00");
    }

    @Test
    void withoutACountyCodeTheCallersOwnCountyIsListed() {
        JsonNode standards = as("township-dh").get(STANDARDS).json();

        assertThat(standards.findValuesAsText("countyCode")).isNotEmpty().containsOnly("511999000000");
    }

    @Test
    void theCountyAddsA2027StandardAndThe2026OneIsClosedTheDayBefore() {
        ApiClient county = as("county");

        var added = county.post(
                STANDARDS, Map.of("area", "URBAN", "monthlyAmount", new BigDecimal("900.00"), "validFrom", "2027-01-01"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("id").asLong()).isPositive();
        assertThat(added.json().get("countyCode").asText()).isEqualTo("511999000000");
        assertThat(added.json().has("validTo")).isFalse();
        JsonNode standards = county.get(STANDARDS).json();
        assertThat(find(standards, "URBAN", "2026-01-01").get("validTo").asText()).isEqualTo("2026-12-31");
        assertThat(new java.math.BigDecimal(find(standards, "URBAN", "2027-01-01").get("monthlyAmount").asText()))
                .isEqualByComparingTo("900.00");
        assertThat(find(standards, "RURAL", "2026-01-01").has("validTo")).isFalse();
    }

    @Test
    void aVillageOfficerMayNotAddAStandard() {
        var refused = as("village-dh1")
                .post(STANDARDS, Map.of("area", "RURAL", "monthlyAmount", "999.00", "validFrom", "2028-01-01"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(as("county").get(STANDARDS).json().findValuesAsText("validFrom")).doesNotContain("2028-01-01");
    }

    @Test
    void anotherCountysStandardIsOutsideTheJurisdiction() {
        var refused = as("county").post(
                STANDARDS,
                Map.of("countyCode", "512000000000", "area", "RURAL", "monthlyAmount", "700.00", "validFrom", "2028-01-01"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        var refused = as("county").post(STANDARDS, Map.of("monthlyAmount", "0", "validTo", "2028-01-01"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsText("field"))
                .containsExactlyInAnyOrder("area", "monthlyAmount", "validFrom");
    }

    @Test
    void aStandardOverlappingAnExistingOneIsRefused() {
        var refused = as("county")
                .post(STANDARDS, Map.of("area", "RURAL", "monthlyAmount", "700.00", "validFrom", "2026-01-01"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsText("field")).containsExactly("validFrom");
        assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("2026-01-01");
    }

    static JsonNode find(JsonNode rows, String area, String validFrom) {
        List<JsonNode> found = StreamSupport.stream(rows.spliterator(), false)
                .filter(row -> row.get("area").asText().equals(area))
                .filter(row -> row.get("validFrom").asText().equals(validFrom))
                .toList();
        assertThat(found).as(area + " from " + validFrom).hasSize(1);
        return found.get(0);
    }
}
