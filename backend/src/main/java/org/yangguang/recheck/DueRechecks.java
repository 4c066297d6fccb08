package org.yangguang.recheck;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.RecheckSchedules;

/**
 * {@code ${dueRechecks.start(execution)}}, run by process {@code recheck-schedule}'s timer: gives
 * receiving households without a schedule one (from today), then starts a re-check for each household
 * whose periodic re-check is due, a batch per run.
 */
@Component("dueRechecks")
public class DueRechecks {

    private final RecheckSchedules schedules;
    private final RecheckClasses classes;
    private final HouseholdService households;
    private final Rechecks rechecks;
    private final Clock clock;
    private final int batch;

    DueRechecks(RecheckSchedules schedules, RecheckClasses classes, HouseholdService households, Rechecks rechecks,
            Clock clock, @Value("${yangguang.rechecks.due-batch:200}") int batch) {
        this.schedules = schedules;
        this.classes = classes;
        this.households = households;
        this.rechecks = rechecks;
        this.clock = clock;
        this.batch = batch;
    }

    public void start(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        int scheduled = 0;
        for (long householdId : schedules.receivingWithoutSchedule(batch)) {
            classes.scheduleFrom(householdId, classes.initialClassOf(households.require(householdId)), today,
                    CaseEventDraft.SYSTEM);
            scheduled++;
        }
        int started = 0;
        for (long householdId : schedules.dueOn(today, batch)) {
            if (rechecks.start(householdId, RecheckTrigger.SCHEDULE, null, null, null, CaseEventDraft.SYSTEM).created()) {
                started++;
            }
        }
        execution.setVariable("scheduled", scheduled);
        execution.setVariable("started", started);
    }
}
