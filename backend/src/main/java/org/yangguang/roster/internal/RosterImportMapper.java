package org.yangguang.roster.internal;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RosterImportMapper {

    record Earlier(int households, int persons) {}

    Earlier findBySha256(String sha256);

    void insert(@Param("sha256") String sha256, @Param("countyCode") String countyCode,
            @Param("fileName") String fileName, @Param("households") int households, @Param("persons") int persons,
            @Param("actor") String actor, @Param("at") Instant at);
}
