package org.yangguang.region.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.region.Region;

@Mapper
public interface RegionMapper {

    Region findByCode(String code);

    List<Region> findAll();

    List<Region> findInScope(@Param("likePattern") String likePattern);

    int countAll();

    void insert(Region region);

    int rename(@Param("code") String code, @Param("name") String name);
}
