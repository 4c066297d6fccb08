package org.yangguang.calendar.web;

import java.security.Principal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.calendar.CalendarDay;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.DayKind;

/** The administrator maintains the holidays and make-up working days. */
@RestController
@RequestMapping("/api/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminController {

    private final CalendarService calendar;

    CalendarAdminController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @PutMapping("/{day}")
    CalendarDay set(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestBody DayRequest request,
            Principal caller) {
        return calendar.setDay(day, request.kind(), request.name(), caller.getName());
    }

    @DeleteMapping("/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Principal caller) {
        calendar.removeDay(day, caller.getName());
    }

    record DayRequest(DayKind kind, String name) {}
}
