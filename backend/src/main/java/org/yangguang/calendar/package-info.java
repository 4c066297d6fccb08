/**
 * The working-day calendar. Deadlines of the procedure count working days: Monday to Friday,
 * except public holidays, plus make-up working days (调休) that move work onto a Saturday or
 * Sunday. Only the exceptions to the weekly rule are stored ({@code calendar_day}); an
 * administrator maintains them every year when the State Council publishes the arrangement.
 *
 * <p>{@link org.yangguang.calendar.WorkingDays} answers deadline questions and loads the
 * exceptions of the range it needs in one query; {@link org.yangguang.calendar.CalendarService}
 * lists and changes the exceptions and publishes {@link org.yangguang.calendar.CalendarEvents}.
 */
package org.yangguang.calendar;
