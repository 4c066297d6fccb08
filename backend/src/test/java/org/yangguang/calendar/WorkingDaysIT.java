package org.yangguang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.support.ApiIT;

/** Working-day arithmetic over the stored demo calendar of 2026. */
class WorkingDaysIT extends ApiIT {

    @Autowired
    WorkingDays workingDays;

    @Test
    void threeWorkingDaysAfterTheEveOfNationalDayEndOnTheMakeUpSaturday() {
        assertThat(workingDays.addWorkingDays(LocalDate.parse("2026-09-30"), 3)).isEqualTo("2026-10-10");
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
    }

    @Test
    void tenWorkingDaysAcrossSpringFestivalEndAtTheEndOfADayInShanghai() {
        // Accepted on Thursday 12 February 2026, 10:00 in Shanghai.
        Instant due = workingDays.dueAfter(Instant.parse("2026-02-12T02:00:00Z"), 10);

        // 13 Feb, 14 Feb (make-up Saturday), then the Spring Festival until 23 Feb;
        // 24–27 Feb, 28 Feb (make-up Saturday), 2–4 March.
        assertThat(due).isEqualTo(Instant.parse("2026-03-04T15:59:59.999Z"));
        assertThat(workingDays.workingDaysBetween(LocalDate.parse("2026-02-12"), LocalDate.parse("2026-03-04")))
                .isEqualTo(10);
    }
}
