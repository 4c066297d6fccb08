package org.yangguang.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.internal.RedFlagMapper;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CasePolicy;
import org.yangguang.casework.CaseRecord;

/**
 * The patterns inspectors look for: close-relative cases, one officer surveying and deciding,
 * approval with an objection open, a notice shorter than the legal period (a timer fired early),
 * changes after approval, households sharing a bank account or phone, tasks done after their
 * due date. Computed on demand from the stored data and the engine's history.
 */
@Service
public class RedFlags {

    static final String NOTICE_TIMER = "noticePeriod";

    private final RedFlagMapper queries;
    private final HistoryService history;
    private final CaseFiles cases;
    private final CasePolicy policy;

    RedFlags(RedFlagMapper queries, HistoryService history, CaseFiles cases, CasePolicy policy) {
        this.queries = queries;
        this.history = history;
        this.cases = cases;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public List<RedFlag> all() {
        List<RedFlag> flags = new ArrayList<>(queries.closeRelativeCases());
        flags.addAll(queries.sameOfficerSurveyedAndDecided());
        flags.addAll(queries.approvedWithOpenObjection());
        flags.addAll(shortNotices());
        flags.addAll(queries.changedAfterApproval());
        flags.addAll(queries.sharedBankAccounts());
        flags.addAll(queries.sharedPhones());
        flags.addAll(lateTasks());
        return flags;
    }

    /** Notice timers that ended normally (not interrupted by an objection) before the legal period was over. */
    private List<RedFlag> shortNotices() {
        Duration legal = Duration.ofDays(policy.value(CasePolicy.APPLICATION_NOTICE_DAYS));
        List<RedFlag> flags = new ArrayList<>();
        for (HistoricActivityInstance timer : history.createHistoricActivityInstanceQuery()
                .activityId(NOTICE_TIMER)
                .finished()
                .list()) {
            if (!timer.isCanceled()
                    && Duration.between(timer.getStartTime().toInstant(), timer.getEndTime().toInstant()).compareTo(legal) < 0) {
                caseOf(timer.getProcessInstanceId()).ifPresent(c -> flags.add(new RedFlag(c.caseId(), c.householdId(),
                        "SHORT_NOTICE", "notice ended after " + Duration.between(timer.getStartTime().toInstant(),
                                timer.getEndTime().toInstant()).toHours() + " hours")));
            }
        }
        return flags;
    }

    private List<RedFlag> lateTasks() {
        List<RedFlag> flags = new ArrayList<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().finished().list()) {
            if (task.getDueDate() != null && task.getEndTime().after(task.getDueDate())) {
                caseOf(task.getProcessInstanceId()).ifPresent(c -> flags.add(new RedFlag(c.caseId(), c.householdId(),
                        "LATE_TASK", task.getTaskDefinitionKey() + " by " + task.getAssignee())));
            }
        }
        return flags;
    }

    private java.util.Optional<CaseRecord> caseOf(String processInstanceId) {
        return processInstanceId == null ? java.util.Optional.empty() : cases.findByProcessInstance(processInstanceId);
    }
}
