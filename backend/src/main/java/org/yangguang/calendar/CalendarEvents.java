package org.yangguang.calendar;

/** What happens to the calendar; the audit trail listens. */
public final class CalendarEvents {

    private CalendarEvents() {}

    /** A day was set; {@code previous} is what it was before, {@code null} if it followed the weekly rule. */
    public record DaySet(CalendarDay day, CalendarDay previous, String actor) {}

    /** A day was removed and follows the weekly rule again. */
    public record DayRemoved(CalendarDay removed, String actor) {}
}
