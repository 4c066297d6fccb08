package org.yangguang.household;

import java.time.LocalDate;

/**
 * When a receiving household is next re-checked: its class, the day its interval counts from
 * (enrolment or the last re-check) and the due day; and, in gradual exit, the last month paid.
 * All null before enrolment.
 */
public record RecheckSchedule(String recheckClass, LocalDate base, LocalDate next, String gradualExitUntil) {

    public static final RecheckSchedule NONE = new RecheckSchedule(null, null, null, null);
}
