package org.yangguang.household.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.household.AllowanceChange;

@Mapper
public interface AllowanceHistoryMapper {

    void insert(@Param("householdId") long householdId, @Param("c") AllowanceChange change);

    List<AllowanceChange> findByHousehold(long householdId);
}
