package org.yangguang.recheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.common.Violations;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.RecheckSchedule;
import org.yangguang.household.RecheckSchedules;
import org.yangguang.recheck.RecheckEvents.IntervalChanged;
import org.yangguang.recheck.internal.RecheckClassMapper;

/**
 * Re-check classes and their intervals, and each receiving household's place in them: the next
 * re-check is due one interval after the household's base day (enrolment or last re-check), so a
 * change of class or of an interval moves it.
 */
@Service
public class RecheckClasses {

    /** The class of a household with a member able to work; every other household starts as {@link #STABLE}. */
    static final String ABLE_TO_WORK = "ABLE_TO_WORK";
    static final String STABLE = "STABLE";
    static final int MIN_MONTHS = 1;
    static final int MAX_MONTHS = 36;

    private final RecheckClassMapper classes;
    private final RecheckSchedules schedules;
    private final HouseholdService households;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RecheckClasses(RecheckClassMapper classes, RecheckSchedules schedules, HouseholdService households, Clock clock,
            ApplicationEventPublisher events) {
        this.classes = classes;
        this.schedules = schedules;
        this.households = households;
        this.clock = clock;
        this.events = events;
    }

    public List<RecheckClass> all() {
        return classes.findAll();
    }

    public RecheckClass require(String code, String field) {
        RecheckClass found = code == null ? null : classes.find(code);
        Violations.rejectIf(found == null, field, "recheck.class.unknown");
        return found;
    }

    /** A newly enrolled household's class: able-to-work members make it six-monthly, others yearly (by the table). */
    public String initialClassOf(Household household) {
        boolean ableToWork = household.members().stream().anyMatch(m -> m.ableToWork());
        return ableToWork && classes.find(ABLE_TO_WORK) != null ? ABLE_TO_WORK : STABLE;
    }

    /** Starts the household's schedule from the day: its class's interval later it is due. */
    @Transactional
    public RecheckSchedule scheduleFrom(long householdId, String recheckClass, LocalDate base, String actor) {
        RecheckClass found = require(recheckClass, "recheckClass");
        return schedules.set(householdId, found.code(), base, base.plusMonths(found.intervalMonths()), actor);
    }

    /** The household's schedule after a re-check done today. */
    @Transactional
    public RecheckSchedule restart(long householdId, String actor) {
        Household household = households.require(householdId);
        String recheckClass = household.schedule().recheckClass() == null
                ? initialClassOf(household) : household.schedule().recheckClass();
        return scheduleFrom(householdId, recheckClass, LocalDate.now(clock), actor);
    }

    /** Moves the household to another class: due one new interval after its base day. */
    @Transactional
    public RecheckSchedule assign(long householdId, String recheckClass, String actor) {
        Household household = households.require(householdId);
        LocalDate base = household.schedule().base() == null ? LocalDate.now(clock) : household.schedule().base();
        return scheduleFrom(householdId, recheckClass, base, actor);
    }

    /** Changes a class's interval and moves the due date of every receiving household of the class. */
    @Transactional
    public RecheckClass changeInterval(String code, Integer months, String actor) {
        RecheckClass before = require(code, "code");
        Violations.rejectIf(months == null || months < MIN_MONTHS || months > MAX_MONTHS, "intervalMonths",
                "recheck.interval.range", MIN_MONTHS, MAX_MONTHS);
        classes.updateInterval(code, months);
        int moved = 0;
        for (RecheckSchedules.ScheduledHousehold household : schedules.ofClass(code)) {
            LocalDate base = household.base() == null ? LocalDate.now(clock) : household.base();
            schedules.set(household.householdId(), code, base, base.plusMonths(months), actor);
            moved++;
        }
        events.publishEvent(new IntervalChanged(code, before.intervalMonths(), months, moved, actor));
        return classes.find(code);
    }
}
