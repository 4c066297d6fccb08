package org.yangguang.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.Households;
import org.yangguang.support.TestIds;

/** The REST contract of applications, cases and the inbox. */
class ApplicationApiIT extends ApiIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anApplicationAnswers201AndTheCaseCarriesItsHousehold() {
        CaseDriver cases = new CaseDriver(port);
        Households household = Households.typical("511999101001");
        ApiClient village = cases.as("village-dh1");
        var created = village.post("/api/applications", household.body());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("processInstanceId").asText()).isNotBlank();
        long caseId = created.json().get("caseId").asLong();

        JsonNode view = cases.caseOf("village-dh1", caseId);
        assertThat(view.get("regionCode").asText()).isEqualTo("511999101001");
        JsonNode head = view.get("household").get("members").get(0);
        assertThat(head.get("gender").asText()).isEqualTo("MALE");
        assertThat(head.get("birthDate").asText()).isEqualTo("1981-03-14");
        assertThat(view.get("monthlyAmount").asText()).isEqualTo("865.00");
        JsonNode applied = view.get("timeline").get(0);
        assertThat(applied.get("action").asText()).isEqualTo("APPLIED");
        assertThat(applied.get("actor").asText()).isEqualTo("village-dh1");
        assertThat(applied.get("role").asText()).isEqualTo("VILLAGE");
        assertThat(applied.get("at").asText()).endsWith("Z");
    }

    @Test
    void theInboxListsTheTaskWithItsDueDate() {
        CaseDriver cases = new CaseDriver(port);
        long caseId = cases.apply("village-dh1", Households.typical("511999101001"));
        cases.done("township-dh", caseId, "accept", Map.of("decision", "accept"));
        JsonNode survey = null;
        for (JsonNode task : cases.as("township-dh").get("/api/tasks?scope=todo").json()) {
            if (task.path("caseId").asLong() == caseId) {
                survey = task;
            }
        }
        assertThat(survey).isNotNull();
        assertThat(survey.get("taskKey").asText()).isEqualTo("survey");
        assertThat(survey.get("processKey").asText()).isEqualTo("dibao-application");
        assertThat(survey.get("regionCode").asText()).isEqualTo("511999101001");
        assertThat(survey.get("due").asText()).isNotBlank();
        assertThat(survey.get("overdue").asBoolean()).isFalse();
        assertThat(cases.as("township-dh").get("/api/tasks?scope=done").json().findValuesAsText("caseId"))
                .contains(String.valueOf(caseId));
        assertThat(cases.as("township-xs").get("/api/tasks").json().findValuesAsText("caseId"))
                .doesNotContain(String.valueOf(caseId));
    }

    @Test
    void badHouseholdsAre400WithEveryFieldAndNothingIsStored() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM household", Integer.class);
        Households household = Households.in("511999101001");
        String head = household.member("王五", "HEAD", LocalDate.of(1960, 1, 1), true);
        household.member("王六", "CHILD", LocalDate.of(1990, 1, 1), false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) household.body().get("members");
        members.get(1).put("idNumber", TestIds.withWrongCheck((String) members.get(1).get("idNumber")));
        household.income(head, "WAGE", "-5.00");
        var refused = new CaseDriver(port).as("village-dh1").post("/api/applications", household.body());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsText("field"))
                .contains("members[1].idNumber", "incomes[0].monthlyAmount");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household", Integer.class)).isEqualTo(before);
    }

    @Test
    void aHouseholdWithoutHeadOrWithADuplicateMemberIsRefused() {
        Households household = Households.in("511999101001");
        household.member("赵一", "SPOUSE", LocalDate.of(1960, 1, 1), true);
        var noHead = new CaseDriver(port).as("village-dh1").post("/api/applications", household.body());
        assertThat(noHead.status()).isEqualTo(400);
        assertThat(noHead.json().findValuesAsText("field")).contains("members");

        Households twice = Households.typical("511999101001");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) twice.body().get("members");
        members.add(new java.util.LinkedHashMap<>(members.get(1)));
        var duplicate = new CaseDriver(port).as("village-dh1").post("/api/applications", twice.body());
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().findValuesAsText("field")).contains("members[2].idNumber");
    }

    @Test
    void aPersonCannotBeInTwoOpenApplications() {
        CaseDriver cases = new CaseDriver(port);
        Households household = Households.typical("511999101001");
        cases.apply("village-dh1", household);
        var again = cases.as("village-dh1").post("/api/applications", household.body());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().findValuesAsText("field")).contains("members[0].idNumber", "members[1].idNumber");
    }
}
