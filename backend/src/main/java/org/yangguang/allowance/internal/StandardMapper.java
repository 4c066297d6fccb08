package org.yangguang.allowance.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.allowance.Area;
import org.yangguang.allowance.Standard;

@Mapper
public interface StandardMapper {

    List<Standard> findValidOn(
            @Param("countyCode") String countyCode, @Param("area") Area area, @Param("date") LocalDate date);

    List<Standard> findByCounty(String countyCode);

    List<Standard> findByKey(@Param("countyCode") String countyCode, @Param("area") Area area);

    Standard findById(long id);

    int countAll();

    void insert(@Param("row") Standard row, @Param("key") GeneratedId key);

    int close(@Param("id") long id, @Param("validTo") LocalDate validTo);
}
