package org.yangguang.audit;

import java.time.Instant;

/** One row of the trail. */
public record AuditEvent(
        long id,
        Instant at,
        String actor,
        String role,
        String regionCode,
        String type,
        Long caseId,
        Long householdId,
        String detail,
        String prevHash,
        String hash) {}
