package org.yangguang.allowance.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.allowance.AssetLimit;

@Mapper
public interface AssetLimitMapper {

    List<AssetLimit> findValidOn(@Param("countyCode") String countyCode, @Param("date") LocalDate date);

    List<AssetLimit> findByCounty(String countyCode);

    AssetLimit findById(long id);

    int countAll();

    void insert(@Param("row") AssetLimit row, @Param("key") GeneratedId key);

    int close(@Param("id") long id, @Param("validTo") LocalDate validTo);
}
