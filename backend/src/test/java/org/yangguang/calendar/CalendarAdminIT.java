package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;

class CalendarAdminIT extends ApiIT {

    @Test
    void everyOfficerReadsTheDemoHolidaysAndMakeUpDaysOf2026() {
        var answer = as("village-xs1").get("/api/calendar?year=2026");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(day(answer.json(), "2026-10-01").get("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(day(answer.json(), "2026-10-01").get("name").asText()).isEqualTo("国庆节");
        assertThat(day(answer.json(), "2026-10-10").get("kind").asText()).isEqualTo("WORKDAY");
        assertThat(answer.json().findValuesAsText("day")).allMatch(day -> day.startsWith("2026-"));
    }

    @Test
    void adminSetsChangesAndRemovesADay() {
        ApiClient admin = as("admin");

        var set = admin.put("/api/admin/calendar/2031-03-03", Map.of("kind", "HOLIDAY", "name", "测试假日"));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("day").asText()).isEqualTo("2031-03-03");
        assertThat(day(admin.get("/api/calendar?year=2031").json(), "2031-03-03").get("name").asText())
                .isEqualTo("测试假日");

        var changed = admin.put("/api/admin/calendar/2031-03-03", Map.of("kind", "HOLIDAY", "name", "改名假日"));
        assertThat(changed.json().get("name").asText()).isEqualTo("改名假日");

        assertThat(admin.delete("/api/admin/calendar/2031-03-03").status()).isEqualTo(204);
        assertThat(day(admin.get("/api/calendar?year=2031").json(), "2031-03-03")).isNull();
        assertThat(admin.delete("/api/admin/calendar/2031-03-03").status()).isEqualTo(404);
    }

    @Test
    void aSaturdayBecomesAMakeUpWorkingDay() {
        var set = as("admin").put("/api/admin/calendar/2031-03-08", Map.of("kind", "WORKDAY", "name", "测试调休"));

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("kind").asText()).isEqualTo("WORKDAY");
    }

    @Test
    void onlyTheAdministratorChangesTheCalendar() {
        assertThat(as("county").put("/api/admin/calendar/2031-03-10", Map.of("kind", "HOLIDAY")).status())
                .isEqualTo(403);
        assertThat(as("supervisor").delete("/api/admin/calendar/2026-10-01").status()).isEqualTo(403);
        assertThat(as("village-dh1").get("/api/calendar?year=2026").json().findValuesAsText("day"))
                .contains("2026-10-01");
    }

    @Test
    void anUnknownKindIsRefusedWithItsField() {
        var refused = as("admin").put("/api/admin/calendar/2031-03-10", Map.of("kind", "PARTY", "name", "x"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("kind");
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsRefusedAndNothingIsStored() {
        ApiClient admin = as("admin");

        var refused = admin.put("/api/admin/calendar/2031-03-17", Map.of("kind", "WORKDAY"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("kind");
        assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("2031-03-17");
        assertThat(day(admin.get("/api/calendar?year=2031").json(), "2031-03-17")).isNull();
    }

    @Test
    void aMalformedDateOrYearIsRefused() {
        ApiClient admin = as("admin");
        assertThat(admin.put("/api/admin/calendar/2031-02-30", Map.of("kind", "HOLIDAY")).status()).isEqualTo(400);
        assertThat(admin.get("/api/calendar?year=12345").status()).isEqualTo(400);
    }

    @Test
    void aCallerWithoutSessionReadsNothing() {
        assertThat(anonymous().get("/api/calendar?year=2026").status()).isEqualTo(401);
    }

    private static JsonNode day(JsonNode days, String date) {
        for (JsonNode day : days) {
            if (day.get("day").asText().equals(date)) {
                return day;
            }
        }
        return null;
    }
}
