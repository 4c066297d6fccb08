package org.yangguang.verification;

import java.time.Instant;

/** A warning on a household: whom it concerns, what the department data showed, and where it stands. */
public record Warning(
        long warningId,
        long householdId,
        String personId,
        String personKind,
        String source,
        WarningCode code,
        String detail,
        String evidence,
        WarningStatus status,
        Instant raisedAt,
        Instant resolvedAt,
        String resolvedBy,
        String resolution) {}
