package org.yangguang.recheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseKind;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;

/**
 * Classes and timers: the hourly {@code recheck-schedule} timer, with the engine's clock moved
 * forward, starts six-monthly households' re-checks at six months and yearly ones at twelve; a change
 * of class or of a class's interval moves the due date.
 */
class RecheckScheduleIT extends ApiIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProcessEngine engine;

    @Autowired
    CaseFiles caseFiles;

    RecheckDriver rechecks;
    CaseDriver cases;

    @BeforeEach
    void init() {
        cases = new CaseDriver(port);
        rechecks = new RecheckDriver(cases, new CaseFlow(cases, engine));
    }

    @Test
    void sixMonthlyAndYearlyRechecksStartWhenTheyFallDue() {
        long sixMonthly = rechecks.enrolled().householdId();
        long yearly = rechecks.enrolled().householdId();
        var assigned = cases.as("township-dh").put("/api/households/" + yearly + "/recheck-class",
                Map.of("recheckClass", "STABLE"));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        LocalDate today = CaseDriver.TODAY;
        assertThat(rechecks.household(sixMonthly).get("nextRecheck").asText()).isEqualTo(today.plusMonths(6).toString());
        assertThat(rechecks.household(yearly).get("nextRecheck").asText()).isEqualTo(today.plusMonths(12).toString());

        runScheduleOn(today.plusMonths(6).minusDays(1));
        assertThat(hasRecheck(sixMonthly)).isFalse();

        runScheduleOn(today.plusMonths(6));
        assertThat(hasRecheck(sixMonthly)).isTrue();
        assertThat(hasRecheck(yearly)).isFalse();
        assertThat(rechecks.household(sixMonthly).get("nextRecheck").asText())
                .as("moved on while the re-check runs").isEqualTo(today.plusMonths(12).toString());

        runScheduleOn(today.plusMonths(12));
        assertThat(hasRecheck(yearly)).isTrue();
        assertThat(caseFiles.ofHousehold(sixMonthly).stream().filter(c -> c.kind() == CaseKind.RECHECK).count())
                .as("the running re-check is not started twice").isEqualTo(1);
    }

    @Test
    void changingAClassOrItsIntervalMovesTheDueDate() {
        long householdId = rechecks.enrolled().householdId();
        LocalDate today = CaseDriver.TODAY;
        var refused = cases.as("township-dh").put("/api/households/" + householdId + "/recheck-class",
                Map.of("recheckClass", "NO_SUCH_CLASS"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("recheckClass");

        var classes = cases.as("township-dh").get("/api/recheck-classes").json();
        assertThat(classes.findValuesAsText("code")).contains("STABLE", "EXTREME_POVERTY", "UNSTABLE_INCOME",
                "ABLE_TO_WORK");
        assertThat(cases.as("township-dh").put("/api/recheck-classes/ABLE_TO_WORK", Map.of("intervalMonths", 4))
                .status()).isEqualTo(403);
        assertThat(cases.as("county").put("/api/recheck-classes/ABLE_TO_WORK", Map.of("intervalMonths", 0)).status())
                .isEqualTo(400);
        try {
            var changed = cases.as("county").put("/api/recheck-classes/ABLE_TO_WORK", Map.of("intervalMonths", 4));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(rechecks.household(householdId).get("nextRecheck").asText())
                    .isEqualTo(today.plusMonths(4).toString());
        } finally {
            cases.as("county").put("/api/recheck-classes/ABLE_TO_WORK", Map.of("intervalMonths", 6));
        }
        assertThat(rechecks.household(householdId).get("nextRecheck").asText()).isEqualTo(today.plusMonths(6).toString());
    }

    /** Fires the schedule's timer as it would fire at 01:00 on the day. */
    private void runScheduleOn(LocalDate day) {
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("recheck-schedule").timers()
                .singleResult();
        assertThat(timer).as("the schedule's timer").isNotNull();
        ClockUtil.setCurrentTime(Date.from(day.atTime(1, 0).atZone(ZONE).toInstant()));
        try {
            engine.getManagementService().executeJob(timer.getId());
        } finally {
            ClockUtil.reset();
        }
    }

    private boolean hasRecheck(long householdId) {
        return caseFiles.ofHousehold(householdId).stream().anyMatch(c -> c.kind() == CaseKind.RECHECK);
    }
}
