package org.yangguang.identity.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.identity.Officer;

@Mapper
public interface OfficerMapper {

    Officer findByUsername(String username);

    List<Officer> findAll();

    int countAll();

    void insert(Officer officer);

    int updateProfile(Officer officer);

    int updatePasswordHash(@Param("username") String username, @Param("passwordHash") String passwordHash);

    int incrementFailedLogins(String username);

    int lockUntil(@Param("username") String username, @Param("lockedUntil") Instant lockedUntil);

    int clearFailures(String username);
}
