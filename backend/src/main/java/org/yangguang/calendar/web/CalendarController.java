package org.yangguang.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.calendar.CalendarDay;
import org.yangguang.calendar.CalendarService;

/** The holidays and make-up working days of a year, for every signed-in officer. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private final CalendarService calendar;
    private final Clock clock;

    CalendarController(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** {@code year} defaults to the current one. */
    @GetMapping
    List<CalendarDay> list(@RequestParam(required = false) Integer year) {
        return calendar.listYear(year == null ? LocalDate.now(clock).getYear() : year);
    }
}
