package org.yangguang.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.yangguang.calendar.internal.CalendarDayMapper;

/**
 * Working-day arithmetic for deadlines: weekends and public holidays do not count, make-up
 * working days do. Each answer loads the stored days of the range it looks at in one query
 * (for {@link #addWorkingDays} a window generous enough for the longest holiday run, widened
 * only in the unlikely case that it falls short).
 */
@Service
public class WorkingDays {

    /** Extra calendar days loaded beyond two per working day; covers a Golden Week at the end. */
    private static final int WINDOW_MARGIN_DAYS = 14;

    private final CalendarDayMapper days;
    private final Clock clock;

    WorkingDays(CalendarDayMapper days, Clock clock) {
        this.days = days;
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate date) {
        return load(date, date).isWorking(date);
    }

    /** The {@code n}-th working day after {@code start} ({@code start} itself not counted); {@code start} for 0. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        requireNotNegative(n);
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            LocalDate windowEnd = day.plusDays(2L * left + WINDOW_MARGIN_DAYS);
            DayTable table = load(day.plusDays(1), windowEnd);
            while (left > 0 && day.isBefore(windowEnd)) {
                day = day.plusDays(1);
                if (table.isWorking(day)) {
                    left--;
                }
            }
        }
        return day;
    }

    /** Working days after {@code fromExclusive} up to {@code toInclusive}; 0 when the range is empty. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        LocalDate first = fromExclusive.plusDays(1);
        DayTable table = load(first, toInclusive);
        int count = 0;
        for (LocalDate day = first; !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (table.isWorking(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The end (last millisecond) of the {@code workingDays}-th working day after the local date of
     * {@code from} in the application's time zone: a deadline "within n working days".
     */
    public Instant dueAfter(Instant from, int workingDays) {
        ZoneId zone = clock.getZone();
        LocalDate due = addWorkingDays(from.atZone(zone).toLocalDate(), workingDays);
        return due.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    private DayTable load(LocalDate from, LocalDate to) {
        return new DayTable(days.findBetween(from, to));
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a number of working days is not negative: " + n);
        }
    }
}
