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
import org.yangguang.casework.CaseKind;
import org.yangguang.complaint.Complaint;
import org.yangguang.complaint.ComplaintEvents.ComplaintRegistered;
import org.yangguang.notice.NoticeEvents.ObjectionFiled;
import org.yangguang.process.ProcessVariables;

/**
 * Brings an objection from the public board into its running case: the case counts as
 * complained (the county must visit) and special (the longer whole-case deadline), and when the
 * process waits on its notice the objection is correlated as message {@code objection}. A complaint
 * registered at the desk about a running application marks it the same way.
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
        markComplained(record);
        String instance = record.processInstanceId();
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

    /**
     * A complaint taken at the desk about a running application makes it complained the same way
     * (objections from the board are already routed above).
     */
    @EventListener
    void onComplaint(ComplaintRegistered registered) {
        Complaint complaint = registered.complaint();
        if (complaint.caseId() == null || complaint.objectionId() != null) {
            return;
        }
        CaseRecord record = cases.require(complaint.caseId());
        if (record.kind() != CaseKind.APPLICATION || record.status().isClosed() || record.processInstanceId() == null) {
            return;
        }
        cases.record(record.caseId(), CaseEventDraft.system("COMPLAINT_RECEIVED",
                "{\"complaintId\":" + complaint.complaintId() + ",\"trackingCode\":\"" + complaint.trackingCode() + "\"}"));
        markComplained(record);
    }

    /** The county must visit before approval; the whole case gets the longer deadline. */
    private void markComplained(CaseRecord record) {
        Instant due = record.acceptedAt() == null ? record.dueAt()
                : workingDays.dueAfter(record.acceptedAt(), policy.value(CasePolicy.SPECIAL_CASE_WORKING_DAYS));
        cases.change(record.caseId(), c -> c.withComplaint(true, true, due), CaseEventDraft.SYSTEM);
        runtime.setVariable(record.processInstanceId(), ProcessVariables.HAD_COMPLAINT, true);
    }
}
