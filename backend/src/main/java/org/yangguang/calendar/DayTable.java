package org.yangguang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stored exceptions of a range of days over the weekly rule (Monday to Friday work). */
final class DayTable {

    private final Map<LocalDate, DayKind> exceptions = new HashMap<>();

    DayTable(List<CalendarDay> days) {
        days.forEach(day -> exceptions.put(day.day(), day.kind()));
    }

    /** Only meaningful for days of the range the table was loaded for. */
    boolean isWorking(LocalDate date) {
        DayKind kind = exceptions.get(date);
        return kind == null ? !isWeekend(date) : kind == DayKind.WORKDAY;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
