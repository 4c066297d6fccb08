package org.yangguang.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** A new village under 东河镇 for a test that needs a region nobody else writes into. */
public final class TestVillages {

    private TestVillages() {}

    public static String create(ApiClient admin, String name) {
        for (int attempt = 0; ; attempt++) {
            String code = "511999101" + (500 + (int) ((System.nanoTime() / 1000 + attempt) % 499));
            var created = admin.post("/api/admin/regions",
                    Map.of("code", code, "name", name + code.substring(9), "kind", "VILLAGE", "parentCode", "511999101000"));
            if (created.status() == 201) {
                return code;
            }
            assertThat(attempt).as(created.body()).isLessThan(20);
        }
    }
}
