package org.yangguang.verification;

import java.time.Instant;

/** A pass of the matching over all open households; {@code afterHouseholdId} is where it resumes. */
public record MatchingRun(
        long runId,
        String reason,
        String status,
        long afterHouseholdId,
        int processed,
        int total,
        int warningsRaised,
        Instant startedAt,
        Instant finishedAt) {}
