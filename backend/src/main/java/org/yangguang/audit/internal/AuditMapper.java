package org.yangguang.audit.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.audit.AuditEvent;

@Mapper
public interface AuditMapper {

    /** The head of the chain, locked until the end of the transaction (the appends of transactions serialise on it). */
    ChainHead lockHead();

    ChainHead findHead();

    void insertAll(@Param("events") List<AuditEvent> events);

    int moveHead(@Param("lastId") long lastId, @Param("lastHash") String lastHash);

    List<AuditEvent> findPage(@Param("afterId") long afterId, @Param("limit") int limit);

    List<AuditEvent> search(
            @Param("caseId") Long caseId,
            @Param("householdId") Long householdId,
            @Param("actor") String actor,
            @Param("type") String type,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("limit") int limit);

    /** The chain's head row. */
    record ChainHead(long lastId, String lastHash) {}
}
