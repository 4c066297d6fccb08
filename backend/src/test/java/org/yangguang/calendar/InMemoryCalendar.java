package org.yangguang.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.yangguang.calendar.internal.CalendarDayMapper;

/** The calendar table in memory, counting the range queries made against it. */
class InMemoryCalendar implements CalendarDayMapper {

    private final TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
    private int rangeQueries;

    InMemoryCalendar holidays(String name, String first, String last) {
        LocalDate end = LocalDate.parse(last);
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(end); day = day.plusDays(1)) {
            insert(new CalendarDay(day, DayKind.HOLIDAY, name));
        }
        return this;
    }

    InMemoryCalendar workday(String name, String day) {
        insert(new CalendarDay(LocalDate.parse(day), DayKind.WORKDAY, name));
        return this;
    }

    int rangeQueries() {
        return rangeQueries;
    }

    @Override
    public List<CalendarDay> findBetween(LocalDate from, LocalDate to) {
        rangeQueries++;
        return List.copyOf(days.subMap(from, true, to, true).values());
    }

    @Override
    public CalendarDay find(LocalDate day) {
        return days.get(day);
    }

    @Override
    public int countAll() {
        return days.size();
    }

    @Override
    public void insert(CalendarDay day) {
        days.put(day.day(), day);
    }

    @Override
    public int update(CalendarDay day) {
        return days.put(day.day(), day) == null ? 0 : 1;
    }

    @Override
    public int delete(LocalDate day) {
        return days.remove(day) == null ? 0 : 1;
    }
}
