package org.yangguang.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.calendar.WorkingDays;
import org.yangguang.region.RegionScope;
import org.yangguang.report.internal.ReportMapper;

/** The application funnel from the cases and the engine's history of their tasks (read-only, replica-safe). */
@Service
@Transactional(readOnly = true)
public class FunnelReports {

    private static final int CHUNK = 500;
    private static final String APPLICATION_PROCESS = "dibao-application";

    private final ReportMapper reports;
    private final HistoryService history;
    private final WorkingDays workingDays;

    FunnelReports(ReportMapper reports, HistoryService history, WorkingDays workingDays) {
        this.reports = reports;
        this.history = history;
        this.workingDays = workingDays;
    }

    /** Applications received from {@code from} to {@code to} (days, both included). */
    public Funnel of(RegionScope scope, LocalDate from, LocalDate to, ZoneId zone) {
        List<ApplicationLine> applications = reports.findApplications(scope.likePattern(),
                from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        int refused = (int) applications.stream().filter(a -> "REFUSED".equals(a.status())).count();
        int approved = (int) applications.stream().filter(a -> "ACTIVE".equals(a.status())).count();
        List<String> instances = applications.stream().filter(a -> a.processInstanceId() != null)
                .map(a -> String.valueOf(a.caseId())).toList();
        return new Funnel(from.toString(), to.toString(), applications.size(), refused, approved,
                applications.size() - refused - approved, steps(instances, zone));
    }

    /** Completed tasks of the cases' application processes (the business key is the case id). */
    private List<Funnel.StepLine> steps(List<String> caseIds, ZoneId zone) {
        Map<String, int[]> days = new LinkedHashMap<>();
        for (int start = 0; start < caseIds.size(); start += CHUNK) {
            String[] chunk = caseIds.subList(start, Math.min(caseIds.size(), start + CHUNK)).toArray(String[]::new);
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                    .processDefinitionKey(APPLICATION_PROCESS).processInstanceBusinessKeyIn(chunk)
                    .finished().orderByHistoricTaskInstanceEndTime().asc().list()) {
                LocalDate started = LocalDate.ofInstant(task.getStartTime().toInstant(), zone);
                LocalDate ended = LocalDate.ofInstant(task.getEndTime().toInstant(), zone);
                int[] sum = days.computeIfAbsent(task.getTaskDefinitionKey(), k -> new int[2]);
                sum[0]++;
                sum[1] += workingDays.workingDaysBetween(started, ended);
            }
        }
        List<Funnel.StepLine> steps = new ArrayList<>();
        days.forEach((key, sum) -> steps.add(new Funnel.StepLine(key, sum[0],
                BigDecimal.valueOf(sum[1]).divide(BigDecimal.valueOf(sum[0]), 2, RoundingMode.HALF_UP).toPlainString())));
        return steps;
    }
}
