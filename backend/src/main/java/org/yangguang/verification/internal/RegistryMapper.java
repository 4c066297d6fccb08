package org.yangguang.verification.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.verification.RelativeRegistration;

@Mapper
public interface RegistryMapper {

    int insertIfNew(@Param("r") RelativeRegistration registration, @Param("at") Instant at);

    List<RelativeRegistration> findAll(@Param("likePattern") String likePattern);

    List<RelativeRegistration> findByHousehold(long householdId);
}
