package org.yangguang.idempotency.internal;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface IdempotencyMapper {

    /** Claims the key for a request; a duplicate key means someone used it first. */
    int insert(@Param("username") String username, @Param("key") String key, @Param("method") String method,
            @Param("path") String path, @Param("requestHash") String requestHash, @Param("at") Instant at);

    KeyRecord find(@Param("username") String username, @Param("key") String key);

    int complete(@Param("username") String username, @Param("key") String key, @Param("status") int status,
            @Param("contentType") String contentType, @Param("location") String location, @Param("body") byte[] body);

    int delete(@Param("username") String username, @Param("key") String key);

    /** Removes the key when it is older than the cut-off (an expired key is used afresh). */
    int deleteExpired(@Param("username") String username, @Param("key") String key, @Param("before") Instant before);

    int deleteAllBefore(@Param("before") Instant before);
}
