package org.yangguang.household.internal;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.household.AllowanceChange;

@Mapper
public interface AllowanceHistoryMapper {

    void insert(@Param("householdId") long householdId, @Param("c") AllowanceChange change);

    List<AllowanceChange> findByHousehold(long householdId);

    /** The changes of these households up to the month, per household oldest first (the last one holds). */
    List<HouseholdChange> findUpTo(@Param("householdIds") List<Long> householdIds, @Param("month") String month);

    record HouseholdChange(long householdId, BigDecimal amount) {}
}
