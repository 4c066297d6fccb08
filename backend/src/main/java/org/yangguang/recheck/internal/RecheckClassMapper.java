package org.yangguang.recheck.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.recheck.RecheckClass;

@Mapper
public interface RecheckClassMapper {

    List<RecheckClass> findAll();

    RecheckClass find(String code);

    int updateInterval(@Param("code") String code, @Param("months") int months);
}
