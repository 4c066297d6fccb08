package org.yangguang.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.calendar.CalendarDay;

@Mapper
public interface CalendarDayMapper {

    /** The stored days from {@code from} to {@code to}, both included, in date order. */
    List<CalendarDay> findBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    CalendarDay find(LocalDate day);

    int countAll();

    void insert(CalendarDay day);

    int update(CalendarDay day);

    int delete(LocalDate day);
}
