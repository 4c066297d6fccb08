package org.yangguang.process;

import java.time.Instant;

/** A line of the inbox, as {@code GET /api/tasks} answers it. */
public record TaskSummary(
        String taskId,
        String taskKey,
        String name,
        String processKey,
        String processInstanceId,
        Long caseId,
        String regionCode,
        Instant created,
        Instant due,
        boolean overdue,
        Instant completed) {}
