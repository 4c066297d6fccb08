package org.yangguang.report;

/** An application case of the funnel: its status and process instance. */
public record ApplicationLine(long caseId, String status, String processInstanceId) {}
