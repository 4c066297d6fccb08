package org.yangguang.casework;

import java.time.Instant;

/**
 * One line of a case's timeline: who did what, with which decision and opinion. {@code detail}
 * holds the step's own fields as JSON (survey findings, review items, …).
 */
public record CaseEvent(
        Long id,
        long caseId,
        Instant at,
        String actor,
        String role,
        String action,
        String taskKey,
        String decision,
        String opinion,
        String detail) {}
