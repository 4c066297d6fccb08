package org.yangguang.calendar;

/** How a stored day departs from the weekly rule. */
public enum DayKind {
    /** A public holiday: no work, whatever the day of the week. */
    HOLIDAY,
    /** A make-up working day (调休): a Saturday or Sunday on which offices work. */
    WORKDAY
}
