package org.yangguang.allowance.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.allowance.IncomeRule;

@Mapper
public interface IncomeRuleMapper {

    List<IncomeRule> findValidOn(@Param("countyCode") String countyCode, @Param("date") LocalDate date);

    List<IncomeRule> findByCounty(String countyCode);

    IncomeRule findById(long id);

    int countAll();

    void insert(@Param("row") IncomeRule row, @Param("key") GeneratedId key);

    int close(@Param("id") long id, @Param("validTo") LocalDate validTo);
}
