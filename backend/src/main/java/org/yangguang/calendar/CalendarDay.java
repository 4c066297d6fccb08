package org.yangguang.calendar;

import java.time.LocalDate;

/** One exception to the weekly rule, e.g. {@code 2026-10-01 HOLIDAY 国庆节}. */
public record CalendarDay(LocalDate day, DayKind kind, String name) {}
