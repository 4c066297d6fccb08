package org.yangguang.household.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.household.RecheckSchedules.ScheduledHousehold;

@Mapper
public interface ScheduleMapper {

    int updateSchedule(@Param("id") long id, @Param("recheckClass") String recheckClass, @Param("base") LocalDate base,
            @Param("next") LocalDate next, @Param("at") Instant at);

    int updateGradualExit(@Param("id") long id, @Param("until") String until, @Param("at") Instant at);

    List<Long> findDue(@Param("day") LocalDate day, @Param("statuses") List<HouseholdStatus> statuses,
            @Param("limit") int limit);

    List<Long> findUnscheduled(@Param("statuses") List<HouseholdStatus> statuses, @Param("limit") int limit);

    List<ScheduledHousehold> findOfClass(@Param("recheckClass") String recheckClass,
            @Param("statuses") List<HouseholdStatus> statuses);
}
