package org.yangguang.report;

import java.util.List;

/**
 * The application funnel of a period (applications received in it): how many were refused, approved
 * or are still running, and the average working days each step of dibao-application took.
 */
public record Funnel(String from, String to, int applied, int refused, int approved, int running, List<StepLine> steps) {

    public record StepLine(String taskKey, int completed, String averageWorkingDays) {}
}
