package org.yangguang.support.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.support.ApiIT;

/**
 * Issue 10's data generator as a command of its own: builds the county of {@link CountyGenerator}
 * (by default 20 townships, 400 villages, 100,000 households, 100,000 open tasks) in the database the
 * run points at, checks what it left and prints it (open tasks by step, and how many have no due date:
 * those of steps without a deadline in the policy). On MariaDB the database keeps the county for
 * whatever is run against it next (docs/performance.md).
 */
@Tag("benchmark")
class CountyGeneratorIT extends ApiIT {

    /** The generator's townships 511999301000 … */
    private static final String TOWNSHIPS = "5119993%";

    private static final String[] APPLICATION_TASKS = {"accept", "supplement", "survey", "handleObjection", "review",
        "townshipAudit", "countyVisit", "countyApproval"};

    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    void buildsTheCounty() {
        CountyGenerator.Size size = CountyGenerator.Size.fromProperties();
        // What the database held before (another benchmark of the same run may have built a county too).
        int householdsBefore = households();
        int personsBefore = persons();
        Map<String, Integer> tasksBefore = tasksByKey();
        int withoutDueBefore = withoutDue();
        CountyGenerator.Built county = CountyGenerator.of(context).build(size);

        int villages = count("SELECT COUNT(*) FROM region WHERE parent_code LIKE ? AND kind = 'VILLAGE'", TOWNSHIPS);
        int households = households() - householdsBefore;
        int persons = persons() - personsBefore;
        Map<String, Integer> tasksByKey = tasksByKey();
        tasksBefore.forEach((key, before) -> tasksByKey.merge(key, -before, Integer::sum));
        int withoutDue = withoutDue() - withoutDueBefore;
        System.out.printf("%nBENCHMARK county generator: %s in %d ms (re-check service %.1f cases/s, bulk path %.1f "
                + "cases/s)%nBENCHMARK county generator: %d townships, %d villages, %d households, %d persons; open "
                + "tasks by step %s, %d of them without a due date%n%n", size.describe(), county.millis(),
                county.serviceTasksPerSecond(),
                county.bulkTasksPerSecond(), county.townships().size(), villages, households, persons, tasksByKey,
                withoutDue);

        assertThat(villages).isEqualTo(size.townships() * size.villagesPerTownship());
        assertThat(households).isEqualTo(size.households());
        assertThat(persons).isEqualTo(county.persons()).isBetween(households, 4 * households);
        assertThat(tasksByKey.values().stream().mapToInt(Integer::intValue).sum())
                .isGreaterThanOrEqualTo(Math.min(size.tasks(), size.households()));
        if (size.tasks() >= 2 * (APPLICATION_TASKS.length + size.serviceTasks())) {
            assertThat(tasksByKey).containsKeys(APPLICATION_TASKS).containsKey("declare");
        }
        // Steps without a deadline in the policy have none; the others have theirs from the model's listener.
        assertThat(withoutDue).as("open tasks without a due date").isLessThan(tasksByKey.get("accept") * 6);
    }

    private int households() {
        return count("SELECT COUNT(*) FROM household WHERE region_code LIKE ?", TOWNSHIPS);
    }

    private int persons() {
        return count("SELECT COUNT(*) FROM household_member m JOIN household h ON h.id = m.household_id "
                + "WHERE h.region_code LIKE ?", TOWNSHIPS);
    }

    private Map<String, Integer> tasksByKey() {
        Map<String, Integer> tasks = new LinkedHashMap<>();
        jdbc.query("SELECT TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK GROUP BY TASK_DEF_KEY_ ORDER BY TASK_DEF_KEY_",
                rs -> {
                    tasks.put(rs.getString(1), rs.getInt(2));
                });
        return tasks;
    }

    private int withoutDue() {
        return count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE DUE_DATE_ IS NULL");
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
