package org.yangguang.application;

import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.WorkingDays;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CasePolicy;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseFiles;
import org.yangguang.notice.NoticeEvents.ObjectionFiled;
import org.yangguang.process.ProcessVariables;

/**
 * Brings an objection from the public board into its running case: the case counts as
 * complained (the county must visit) and special (the longer whole-case deadline), and when the
 * process waits on its notice the objection is correlated as message {@code objection}.
 */
@Component
class ObjectionRouting {

    static final String MESSAGE = "objection";

    private final CaseFiles cases;
    private final RuntimeService runtime;
    private final CasePolicy policy;
    private final WorkingDays workingDays;

    ObjectionRouting(CaseFiles cases, RuntimeService runtime, CasePolicy policy, WorkingDays workingDays) {
        this.cases = cases;
        this.runtime = runtime;
        this.policy = policy;
        this.workingDays = workingDays;
    }

    @EventListener
    void onObjection(ObjectionFiled filed) {
        CaseRecord record = cases.require(filed.objection().caseId());
        cases.record(record.caseId(), CaseEventDraft.system("OBJECTION_RECEIVED",
                "{\"noticeId\":" + filed.notice().noticeId() + ",\"trackingCode\":\"" + filed.objection().trackingCode()
                        + "\"}"));
        if (record.status().isClosed() || record.processInstanceId() == null) {
            return;
        }
        Instant due = record.acceptedAt() == null ? record.dueAt()
                : workingDays.dueAfter(record.acceptedAt(), policy.value(CasePolicy.SPECIAL_CASE_WORKING_DAYS));
        cases.change(record.caseId(), c -> c.withComplaint(true, true, due), CaseEventDraft.SYSTEM);
        String instance = record.processInstanceId();
        runtime.setVariable(instance, ProcessVariables.HAD_COMPLAINT, true);
        boolean waiting = runtime.createEventSubscriptionQuery()
                        .processInstanceId(instance)
                        .eventType("message")
                        .eventName(MESSAGE)
                        .count()
                > 0;
        if (waiting) {
            runtime.createMessageCorrelation(MESSAGE).processInstanceId(instance).correlate();
        }
    }
}
