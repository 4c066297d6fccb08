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
        String hash) {

    /** This record as row {@code id} of the chain after a row hashed {@code prevHash}, with its own hash. */
    AuditEvent chainedAs(long id, String prevHash) {
        AuditEvent linked = new AuditEvent(id, at, actor, role, regionCode, type, caseId, householdId, detail, prevHash,
                null);
        return new AuditEvent(id, at, actor, role, regionCode, type, caseId, householdId, detail, prevHash,
                AuditHashing.hash(linked));
    }
}
