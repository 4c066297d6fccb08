package org.yangguang.incident;

import java.time.Instant;

/**
 * One open incident: where the process stopped and why. {@code caseId} is set when the process
 * runs for a case; {@code retriable} when it is a failed job that may be given another try.
 */
public record IncidentView(
        String id,
        String type,
        String processDefinitionKey,
        int processDefinitionVersion,
        String processInstanceId,
        String businessKey,
        Long caseId,
        String activityId,
        String message,
        Instant time,
        String jobId,
        boolean retriable) {}
