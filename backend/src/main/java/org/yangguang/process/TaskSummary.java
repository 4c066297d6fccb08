package org.yangguang.process;

import java.time.Instant;

/**
 * A line of the inbox, as {@code GET /api/tasks} answers it. A task of a case carries its
 * {@code caseId}; a task of a complaint (which may have no case) its {@code complaintId}.
 */
public record TaskSummary(
        String taskId,
        String taskKey,
        String name,
        String processKey,
        String processInstanceId,
        Long caseId,
        Long complaintId,
        String regionCode,
        Instant created,
        Instant due,
        boolean overdue,
        Instant completed) {}
