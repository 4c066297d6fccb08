package org.yangguang.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.calendar.CalendarDay;
import org.yangguang.calendar.DayKind;

/**
 * Demo data, to be checked by the administrator: the 2026 public holidays and make-up working
 * days (调休) as the developers understood the State Council's arrangement. Every day of a
 * holiday block is listed, weekends included, so that the calendar shows the whole block.
 */
final class DemoHolidays2026 {

    static final List<CalendarDay> DAYS = build();

    private DemoHolidays2026() {}

    private static List<CalendarDay> build() {
        List<CalendarDay> days = new ArrayList<>();
        holidays(days, "元旦", "2026-01-01", "2026-01-03");
        workday(days, "元旦调休上班", "2026-01-04");
        workday(days, "春节调休上班", "2026-02-14");
        holidays(days, "春节", "2026-02-15", "2026-02-23");
        workday(days, "春节调休上班", "2026-02-28");
        holidays(days, "清明节", "2026-04-04", "2026-04-06");
        holidays(days, "劳动节", "2026-05-01", "2026-05-05");
        workday(days, "劳动节调休上班", "2026-05-09");
        holidays(days, "端午节", "2026-06-19", "2026-06-21");
        workday(days, "国庆节调休上班", "2026-09-20");
        holidays(days, "中秋节", "2026-09-25", "2026-09-27");
        holidays(days, "国庆节", "2026-10-01", "2026-10-07");
        workday(days, "国庆节调休上班", "2026-10-10");
        return List.copyOf(days);
    }

    private static void holidays(List<CalendarDay> days, String name, String first, String last) {
        LocalDate end = LocalDate.parse(last);
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(end); day = day.plusDays(1)) {
            days.add(new CalendarDay(day, DayKind.HOLIDAY, name));
        }
    }

    private static void workday(List<CalendarDay> days, String name, String day) {
        days.add(new CalendarDay(LocalDate.parse(day), DayKind.WORKDAY, name));
    }
}
