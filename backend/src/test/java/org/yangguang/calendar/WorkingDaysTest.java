package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The National Day week of 2026 with its make-up days, and 中秋节 just before it. */
    private final InMemoryCalendar calendar = new InMemoryCalendar()
            .workday("国庆节调休上班", "2026-09-20")
            .holidays("中秋节", "2026-09-25", "2026-09-27")
            .holidays("国庆节", "2026-10-01", "2026-10-07")
            .workday("国庆节调休上班", "2026-10-10");

    private final WorkingDays workingDays =
            new WorkingDays(calendar, Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), SHANGHAI));

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # day        | working | why
              2026-03-06 | true    | an ordinary Friday
              2026-03-07 | false   | an ordinary Saturday
              2026-03-08 | false   | an ordinary Sunday
              2026-10-05 | false   | a Monday of the National Day holiday
              2026-09-25 | false   | a Friday of 中秋节
              2026-10-10 | true    | a make-up Saturday
              2026-09-20 | true    | a make-up Sunday
            """)
    void weekendsAndHolidaysAreNotWorkingDaysButMakeUpDaysAre(LocalDate day, boolean working, String why) {
        assertThat(workingDays.isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start      | n | result     | why
              2026-03-06 | 1 | 2026-03-09 | Friday plus one skips the weekend
              2026-03-06 | 5 | 2026-03-13 | a working week later
              2026-09-30 | 1 | 2026-10-08 | the National Day week is skipped
              2026-09-30 | 3 | 2026-10-10 | the make-up Saturday counts
              2026-09-30 | 4 | 2026-10-12 | the Sunday after it does not
              2026-09-18 | 1 | 2026-09-20 | the make-up Sunday counts
              2026-09-24 | 1 | 2026-09-28 | 中秋节 and its weekend are skipped
              2026-10-03 | 0 | 2026-10-03 | zero days is the start itself, even on a holiday
            """)
    void addingWorkingDaysCountsOnlyWorkingDaysAfterTheStart(LocalDate start, int n, LocalDate result, String why) {
        assertThat(workingDays.addWorkingDays(start, n)).as(why).isEqualTo(result);
    }

    @Test
    void workingDaysBetweenCountsFromTheDayAfterUpToTheLastDay() {
        assertThat(workingDays.workingDaysBetween(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-12")))
                .isEqualTo(4);
        assertThat(workingDays.workingDaysBetween(LocalDate.parse("2026-10-12"), LocalDate.parse("2026-10-12")))
                .isZero();
        assertThat(workingDays.workingDaysBetween(LocalDate.parse("2026-10-12"), LocalDate.parse("2026-09-30")))
                .isZero();
    }

    @Test
    void aLongSpanIsLoadedInOneQueryAndAgreesWithCounting() {
        LocalDate start = LocalDate.parse("2026-01-01");
        LocalDate due = workingDays.addWorkingDays(start, 200);
        assertThat(calendar.rangeQueries()).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(start, due)).isEqualTo(200);
        assertThat(workingDays.isWorkingDay(due)).isTrue();
    }

    @Test
    void theDeadlineIsTheEndOfTheDayInShanghai() {
        // 01:00 on 1 October in Shanghai, still 30 September in UTC.
        Instant accepted = Instant.parse("2026-09-30T17:00:00Z");
        assertThat(workingDays.dueAfter(accepted, 1)).isEqualTo(Instant.parse("2026-10-08T15:59:59.999Z"));
        // 23:59 on 29 September in Shanghai.
        Instant lateEvening = Instant.parse("2026-09-29T15:59:00Z");
        assertThat(workingDays.dueAfter(lateEvening, 1)).isEqualTo(Instant.parse("2026-09-30T15:59:59.999Z"));
        assertThat(workingDays.dueAfter(lateEvening, 0)).isEqualTo(Instant.parse("2026-09-29T15:59:59.999Z"));
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsAMistake() {
        assertThatThrownBy(() -> workingDays.addWorkingDays(LocalDate.parse("2026-03-06"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
