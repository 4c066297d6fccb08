package org.yangguang.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.Households;

/** The public board shows what may be published, and nothing else; objections are tracked and rate limited. */
class NoticeBoardIT extends ApiIT {

    @Test
    void theBoardShowsTheMaskedNoticeAndNoPersonalData() {
        CaseDriver cases = new CaseDriver(port);
        Households household = Households.typical("511999102002");
        long caseId = cases.apply("village-xs2", household);
        cases.done("township-xs", caseId, "accept", Map.of("decision", "accept"));
        cases.done("township-xs", caseId, "survey", CaseDriver.survey("pass"));

        var board = anonymous().get("/api/public/notices?regionCode=511999102000");
        assertThat(board.status()).isEqualTo(200);
        JsonNode notice = null;
        for (JsonNode n : board.json()) {
            if (n.get("headName").asText().equals("张*丰") && n.get("villageName").asText().equals("石桥村")) {
                notice = n;
            }
        }
        assertThat(notice).as(board.body()).isNotNull();
        assertThat(notice.get("kind").asText()).isEqualTo("APPLICATION");
        assertThat(notice.get("householdSize").asInt()).isEqualTo(2);
        assertThat(notice.get("monthlyAmount").asText()).isEqualTo("865.00");
        assertThat(notice.get("perCapitaIncome").asText()).isEqualTo("250.00");
        @SuppressWarnings("unchecked")
        var members = (java.util.List<Map<String, Object>>) household.body().get("members");
        for (Map<String, Object> member : members) {
            assertThat(board.body()).doesNotContain((String) member.get("idNumber"));
        }
        assertThat(board.body()).doesNotContain("测试路1号", (String) household.body().get("phone"),
                (String) household.body().get("bankAccount"), "张三丰");
    }

    @Test
    void withoutConsentTheIncomeIsNotPublished() {
        CaseDriver cases = new CaseDriver(port);
        long caseId = cases.apply("village-xs3",
                Households.typical("511999102003").set("consentToPublishIncome", false));
        cases.done("township-xs", caseId, "accept", Map.of("decision", "accept"));
        cases.done("township-xs", caseId, "survey", CaseDriver.survey("pass"));
        long noticeId = cases.caseOf("county", caseId).get("notices").get(0).get("noticeId").asLong();
        JsonNode notice = null;
        for (JsonNode n : anonymous().get("/api/public/notices?regionCode=511999102003").json()) {
            if (n.get("noticeId").asLong() == noticeId) {
                notice = n;
            }
        }
        assertThat(notice).isNotNull();
        assertThat(notice.has("perCapitaIncome")).isFalse();
    }

    @Test
    void moreThanFiveObjectionsAMinuteFromOneClientAre429() {
        CaseDriver cases = new CaseDriver(port);
        long caseId = cases.apply("village-xs1", Households.typical("511999102001"));
        cases.done("township-xs", caseId, "accept", Map.of("decision", "accept"));
        cases.done("township-xs", caseId, "survey", CaseDriver.survey("pass"));
        long noticeId = cases.caseOf("county", caseId).get("notices").get(0).get("noticeId").asLong();
        ApiClient client = anonymous().header("X-Forwarded-For", "10.77.0.1");
        for (int i = 0; i < 5; i++) {
            var filed = client.post("/api/public/notices/" + noticeId + "/objections", Map.of("content", "异议" + i));
            assertThat(filed.status()).as(filed.body()).isEqualTo(202);
        }
        var limited = client.post("/api/public/notices/" + noticeId + "/objections", Map.of("content", "再一次"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anEmptyObjectionIs400AndAnUnknownTrackingCode404() {
        var empty = anonymous().header("X-Forwarded-For", "10.77.0.2").post("/api/public/notices/1/objections",
                Map.of("content", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(anonymous().get("/api/public/objections/NOSUCHCODE").status()).isEqualTo(404);
    }
}
