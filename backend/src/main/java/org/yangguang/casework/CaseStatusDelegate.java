package org.yangguang.casework;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.WorkingDays;

/**
 * Lets a process model move its case: {@code ${caseStatus.set(execution, 'NOTICE')}} as an
 * execution listener, and {@code ${caseStatus.accepted(execution)}} on the flow where an
 * application is accepted (the whole-case deadline runs from there).
 */
@Component("caseStatus")
public class CaseStatusDelegate {

    private final CaseFiles cases;
    private final CasePolicy policy;
    private final WorkingDays workingDays;
    private final Clock clock;

    CaseStatusDelegate(CaseFiles cases, CasePolicy policy, WorkingDays workingDays, Clock clock) {
        this.cases = cases;
        this.policy = policy;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public void set(DelegateExecution execution, String status) {
        cases.changeStatus(caseId(execution), CaseStatus.valueOf(status), CaseEventDraft.SYSTEM);
    }

    public void accepted(DelegateExecution execution) {
        long caseId = caseId(execution);
        Instant now = clock.instant();
        CaseRecord record = cases.require(caseId);
        Instant acceptedAt = record.acceptedAt() == null ? now : record.acceptedAt();
        String deadline = record.special() ? CasePolicy.SPECIAL_CASE_WORKING_DAYS : CasePolicy.CASE_WORKING_DAYS;
        Instant due = workingDays.dueAfter(acceptedAt, policy.value(deadline));
        cases.change(caseId, c -> c.withAcceptance(acceptedAt, due), CaseEventDraft.SYSTEM);
        cases.changeStatus(caseId, CaseStatus.ACCEPTED, CaseEventDraft.SYSTEM);
    }

    static long caseId(DelegateExecution execution) {
        Object id = execution.getVariable("caseId");
        if (!(id instanceof Number number)) {
            throw new IllegalStateException("process instance " + execution.getProcessInstanceId() + " has no caseId");
        }
        return number.longValue();
    }
}
