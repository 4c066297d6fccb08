package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.Households;

/**
 * The inbox narrowed by process, task key, village and due day, sorted by due date: any model's
 * keys work, so a changed model needs no front-end change.
 */
class InboxFilterIT extends ApiIT {

    @Test
    void theInboxIsNarrowedByProcessTaskKeyVillageAndDueDay() {
        CaseDriver cases = new CaseDriver(port);
        long inDonghe = cases.apply("village-dh1", Households.typical("511999101001"));
        long inLiushu = cases.apply("village-dh2", Households.typical("511999101002"));
        var township = as("township-dh");

        List<Long> liushu = caseIds(township.get("/api/tasks?regionCode=511999101002&taskKey=accept").json());
        assertThat(liushu).contains(inLiushu).doesNotContain(inDonghe);
        List<Long> application = caseIds(township.get("/api/tasks?processKey=dibao-application&sort=due").json());
        assertThat(application).contains(inDonghe, inLiushu);
        assertThat(township.get("/api/tasks?processKey=complaint&taskKey=accept").json()).isEmpty();
        assertThat(township.get("/api/tasks?dueBy=2000-01-01").json()).isEmpty();
        JsonNode dueThisYear = township.get("/api/tasks?dueBy=" + CaseDriver.TODAY.plusYears(1)).json();
        dueThisYear.forEach(t -> assertThat(t.hasNonNull("due")).isTrue());

        JsonNode sorted = township.get("/api/tasks?sort=due").json();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).hasNonNull("due") && sorted.get(i).hasNonNull("due")) {
                assertThat(sorted.get(i - 1).get("due").asText()).isLessThanOrEqualTo(sorted.get(i).get("due").asText());
            }
        }
        List<String> all = taskIds(sorted);
        assertThat(taskIds(township.get("/api/tasks?sort=due&size=1").json())).isEqualTo(all.subList(0, 1));
        assertThat(taskIds(township.get("/api/tasks?sort=due&size=1&page=1").json())).isEqualTo(all.subList(1, 2));
        assertThat(township.get("/api/tasks?size=0").status()).isEqualTo(400);
        assertThat(township.get("/api/tasks?size=501").status()).isEqualTo(400);
        assertThat(township.get("/api/tasks?size=5&page=-1").status()).isEqualTo(400);
        assertThat(township.get("/api/tasks?page=1").status()).isEqualTo(400);
        assertThat(township.get("/api/tasks?sort=sideways").status()).isEqualTo(400);
        assertThat(township.get("/api/tasks?dueBy=tomorrow").status()).isEqualTo(400);
        assertThat(as("township-xs").get("/api/tasks?regionCode=511999101002").json()).isEmpty();
    }

    private static List<String> taskIds(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(t -> ids.add(t.get("taskId").asText()));
        return ids;
    }

    private static List<Long> caseIds(JsonNode tasks) {
        List<Long> ids = new ArrayList<>();
        tasks.forEach(t -> ids.add(t.path("caseId").asLong()));
        return ids;
    }
}
