package org.yangguang.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;

/** Add-ons, asset limits and the income rule: the demo values, and the county adding new ones. */
class PolicyTablesIT extends ApiIT {

    @Test
    void everyOfficerReadsTheDemoAddOnsLimitsAndIncomeRule() {
        ApiClient inspector = as("inspector");

        JsonNode addOns = inspector.get("/api/allowance/addons").json();
        assertThat(addOns.findValuesAsText("category"))
                .contains("ELDERLY", "MINOR", "SEVERE_DISABILITY", "SERIOUS_ILLNESS");
        JsonNode limits = inspector.get("/api/allowance/asset-limits?countyCode=511999000000").json();
        assertThat(limits.findValues("assetTypes").stream().map(JsonNode::toString))
                .contains("[\"DEPOSIT\",\"SECURITIES\",\"INSURANCE\"]", "[\"VEHICLE\"]", "[\"REAL_ESTATE\"]");
        JsonNode incomeRules = inspector.get("/api/allowance/income-rules").json();
        assertThat(new java.math.BigDecimal(incomeRules.get(0).get("wageCostDeductionRate").asText())).isEqualByComparingTo("0");
    }

    @Test
    void theCountyAddsAnAddOnRateThatTakesOverFromTheOpenOne() {
        ApiClient county = as("county");

        var added = county.post(
                "/api/allowance/addons",
                Map.of("category", "ELDERLY", "threshold", 65, "rate", "0.15", "validFrom", "2030-01-01"));

        assertThat(added.status()).isEqualTo(201);
        JsonNode elderly = county.get("/api/allowance/addons").json();
        assertThat(elderly.findValuesAsText("validTo")).contains("2029-12-31");
    }

    @Test
    void theCountyAddsAnAssetLimitOverTheSameTypesInAnotherOrder() {
        var added = as("county").post(
                "/api/allowance/asset-limits",
                Map.of(
                        "assetTypes", List.of("INSURANCE", "DEPOSIT", "SECURITIES"),
                        "maxMonthsOfStandardPerCapita", "36",
                        "validFrom", "2030-01-01"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("assetTypes").toString()).isEqualTo("[\"DEPOSIT\",\"SECURITIES\",\"INSURANCE\"]");
        assertThat(as("county").get("/api/allowance/asset-limits").json().findValuesAsText("validTo"))
                .contains("2029-12-31");
    }

    @Test
    void anAssetLimitNeedsTypesAndABound() {
        var refused = as("county").post("/api/allowance/asset-limits", Map.of("validFrom", "2031-01-01"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsText("field")).containsExactlyInAnyOrder("assetTypes", "maxCount");
    }

    @Test
    void theCountyAddsAnIncomeRuleAndARateAboveOneIsRefused() {
        ApiClient county = as("county");

        var refused = county.post(
                "/api/allowance/income-rules", Map.of("wageCostDeductionRate", "1.5", "validFrom", "2030-01-01"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsText("field")).containsExactly("wageCostDeductionRate");

        var added = county.post(
                "/api/allowance/income-rules", Map.of("wageCostDeductionRate", "0.2", "validFrom", "2030-01-01"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(new java.math.BigDecimal(added.json().get("wageCostDeductionRate").asText())).isEqualByComparingTo("0.2");
    }

    @Test
    void onlyTheCountyAddsPolicies() {
        assertThat(as("township-xs")
                        .post("/api/allowance/income-rules", Map.of("wageCostDeductionRate", "0.1", "validFrom", "2032-01-01"))
                        .status())
                .isEqualTo(403);
        assertThat(as("admin")
                        .post("/api/allowance/addons", Map.of("category", "MINOR", "threshold", 16, "rate", "0.1"))
                        .status())
                .isEqualTo(403);
    }
}
