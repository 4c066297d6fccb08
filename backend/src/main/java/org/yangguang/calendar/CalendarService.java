package org.yangguang.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.calendar.internal.CalendarDayMapper;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.Violations;

/** Lists the holidays and make-up working days of a year, and lets an administrator change them. */
@Service
public class CalendarService {

    private static final int NAME_MAX_LENGTH = 50;
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2999;

    private final CalendarDayMapper days;
    private final ApplicationEventPublisher events;

    CalendarService(CalendarDayMapper days, ApplicationEventPublisher events) {
        this.days = days;
        this.events = events;
    }

    /** The stored days of a year in date order (days that follow the weekly rule are not listed). */
    public List<CalendarDay> listYear(int year) {
        Violations.rejectIf(
                year < FIRST_YEAR || year > LAST_YEAR,
                "year",
                "calendar.year.range",
                String.valueOf(FIRST_YEAR),
                String.valueOf(LAST_YEAR));
        return days.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean isEmpty() {
        return days.countAll() == 0;
    }

    /**
     * Makes a day a holiday or a make-up working day, replacing what was stored for it. A holiday
     * may fall on any day; a make-up working day only on a Saturday or Sunday.
     */
    @Transactional
    public CalendarDay setDay(LocalDate day, DayKind kind, String name, String actor) {
        String trimmed = name == null || name.isBlank() ? null : name.trim();
        Violations violations = new Violations();
        violations.addIf(day == null, "day", "calendar.day.required");
        violations.addIf(kind == null, "kind", "calendar.kind.required");
        violations.addIf(
                day != null && kind == DayKind.WORKDAY && !DayTable.isWeekend(day),
                "kind",
                "calendar.workday.notWeekend",
                String.valueOf(day));
        violations.addIf(
                trimmed != null && trimmed.length() > NAME_MAX_LENGTH, "name", "calendar.name.tooLong", NAME_MAX_LENGTH);
        violations.throwIfAny();
        CalendarDay stored = new CalendarDay(day, kind, trimmed);
        CalendarDay previous = days.find(day);
        if (previous == null) {
            days.insert(stored);
        } else {
            days.update(stored);
        }
        events.publishEvent(new CalendarEvents.DaySet(stored, previous, actor));
        return stored;
    }

    /** Removes a stored day: it follows the weekly rule again. */
    @Transactional
    public void removeDay(LocalDate day, String actor) {
        CalendarDay removed = days.find(day);
        if (removed == null) {
            throw new NotFoundException("calendar.day.notFound", String.valueOf(day));
        }
        days.delete(day);
        events.publishEvent(new CalendarEvents.DayRemoved(removed, actor));
    }
}
