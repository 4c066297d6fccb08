package org.yangguang.allowance.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.allowance.AddOnCategory;
import org.yangguang.allowance.AddOnRule;

@Mapper
public interface AddOnRuleMapper {

    List<AddOnRule> findValidOn(@Param("countyCode") String countyCode, @Param("date") LocalDate date);

    List<AddOnRule> findByCounty(String countyCode);

    List<AddOnRule> findByKey(
            @Param("countyCode") String countyCode, @Param("category") AddOnCategory category);

    AddOnRule findById(long id);

    int countAll();

    void insert(@Param("row") AddOnRule row, @Param("key") GeneratedId key);

    int close(@Param("id") long id, @Param("validTo") LocalDate validTo);
}
