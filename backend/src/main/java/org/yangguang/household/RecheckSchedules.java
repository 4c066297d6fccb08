package org.yangguang.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.household.HouseholdEvents.ScheduleChanged;
import org.yangguang.household.internal.ScheduleMapper;

/** Stores each receiving household's re-check schedule and finds the households due. */
@Service
public class RecheckSchedules {

    private static final List<HouseholdStatus> RECEIVING = List.of(HouseholdStatus.ACTIVE, HouseholdStatus.GRADUAL_EXIT);

    private final ScheduleMapper schedules;
    private final HouseholdService households;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RecheckSchedules(ScheduleMapper schedules, HouseholdService households, Clock clock,
            ApplicationEventPublisher events) {
        this.schedules = schedules;
        this.households = households;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public RecheckSchedule set(long householdId, String recheckClass, LocalDate base, LocalDate next, String actor) {
        RecheckSchedule before = households.require(householdId).schedule();
        RecheckSchedule after = new RecheckSchedule(recheckClass, base, next, before.gradualExitUntil());
        if (!after.equals(before)) {
            schedules.updateSchedule(householdId, recheckClass, base, next, clock.instant());
            events.publishEvent(new ScheduleChanged(householdId, before, after, actor));
        }
        return after;
    }

    /** The last month a household in gradual exit is paid; null when it leaves gradual exit. */
    @Transactional
    public void setGradualExitUntil(long householdId, String lastMonth, String actor) {
        RecheckSchedule before = households.require(householdId).schedule();
        RecheckSchedule after = new RecheckSchedule(before.recheckClass(), before.base(), before.next(), lastMonth);
        if (!after.equals(before)) {
            schedules.updateGradualExit(householdId, lastMonth, clock.instant());
            events.publishEvent(new ScheduleChanged(householdId, before, after, actor));
        }
    }

    /** Receiving households whose re-check is due on or before the day, in id order. */
    public List<Long> dueOn(LocalDate day, int limit) {
        return schedules.findDue(day, RECEIVING, limit);
    }

    /** Receiving households without a schedule yet (enrolled before schedules existed, or imported). */
    public List<Long> receivingWithoutSchedule(int limit) {
        return schedules.findUnscheduled(RECEIVING, limit);
    }

    /** Receiving households of the class with the day their interval counts from. */
    public List<ScheduledHousehold> ofClass(String recheckClass) {
        return schedules.findOfClass(recheckClass, RECEIVING);
    }

    public record ScheduledHousehold(long householdId, LocalDate base) {}
}
