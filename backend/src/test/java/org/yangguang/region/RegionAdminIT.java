package org.yangguang.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;

class RegionAdminIT extends ApiIT {

    @Test
    void everyOfficerReadsTheDemoTree() {
        var regions = as("village-xs2").get("/api/regions").json();
        assertThat(regions.findValuesAsText("code"))
                .contains("511999000000", "511999101000", "511999101003", "511999102003");
        assertThat(regions.findValuesAsText("name")).contains("阳光县", "新街社区");
    }

    @Test
    void adminAddsAVillageUnderATownship() {
        ApiClient admin = as("admin");
        var created = admin.post(
                "/api/admin/regions",
                Map.of("code", "511999102009", "name", "测试村", "kind", "VILLAGE", "parentCode", "511999102000"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(admin.get("/api/regions").json().findValuesAsText("code")).contains("511999102009");

        var renamed = admin.put("/api/admin/regions/511999102009", Map.of("name", "测试新村"));
        assertThat(renamed.json().get("name").asText()).isEqualTo("测试新村");
    }

    @Test
    void aCodeThatDoesNotFitItsParentIsRefused() {
        var refused = as("admin").post(
                "/api/admin/regions",
                Map.of("code", "511999101009", "name", "错村", "kind", "VILLAGE", "parentCode", "511999102000"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("parentCode");
    }

    @Test
    void aMalformedCodeIsRefused() {
        var refused = as("admin").post(
                "/api/admin/regions", Map.of("code", "51199", "name", "短码", "kind", "VILLAGE", "parentCode", "511999102000"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("code");
    }

    @Test
    void onlyTheAdministratorChangesTheTree() {
        var refused = as("county").post(
                "/api/admin/regions",
                Map.of("code", "511999102008", "name", "越权村", "kind", "VILLAGE", "parentCode", "511999102000"));
        assertThat(refused.status()).isEqualTo(403);
    }
}
