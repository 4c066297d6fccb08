package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseEvent;
import org.yangguang.casework.CaseEvents;
import org.yangguang.household.HouseholdEvents;
import org.yangguang.notice.NoticeEvents;

/**
 * Records every line of every case's timeline (task completions with actor, decision and opinion,
 * notices, letters, objections, timers) and every change of a case or household, field by field.
 */
@Component
class CaseAudit {

    private final AuditTrail trail;
    private final JsonDiff diff;

    CaseAudit(AuditTrail trail, JsonDiff diff) {
        this.trail = trail;
        this.diff = diff;
    }

    @EventListener
    void on(CaseEvents.CaseOpened e) {
        trail.record(new AuditDraft(e.actor(), "CASE_OPENED", e.caseRecord().caseId(), e.caseRecord().householdId(),
                e.caseRecord()));
    }

    @EventListener
    void on(CaseEvents.CaseStatusChanged e) {
        trail.record(new AuditDraft(e.actor(), "CASE_STATUS_CHANGED", e.caseId(), null,
                Map.of("before", e.from(), "after", e.to())));
    }

    @EventListener
    void on(CaseEvents.CaseFieldsChanged e) {
        trail.record(new AuditDraft(e.actor(), "CASE_CHANGED", e.after().caseId(), e.after().householdId(),
                diff.between(e.before(), e.after())));
    }

    @EventListener
    void on(CaseEvents.CaseEventRecorded e) {
        CaseEvent line = e.event();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("taskKey", line.taskKey());
        detail.put("decision", line.decision());
        detail.put("opinion", line.opinion());
        detail.put("detail", line.detail());
        trail.record(new AuditDraft(line.actor(), line.action(), line.caseId(), null, detail));
    }

    @EventListener
    void on(CaseEvents.DocumentStored e) {
        trail.record(new AuditDraft(e.document().createdBy(), "DOCUMENT_STORED", e.document().caseId(), null,
                Map.of("documentId", e.document().documentId(), "kind", e.document().kind(),
                        "fileName", e.document().fileName())));
    }

    @EventListener
    void on(HouseholdEvents.HouseholdRegistered e) {
        trail.record(new AuditDraft(e.actor(), "HOUSEHOLD_REGISTERED", null, e.household().householdId(), e.household()));
    }

    @EventListener
    void on(HouseholdEvents.DeclarationReplaced e) {
        trail.record(new AuditDraft(e.actor(), "HOUSEHOLD_DECLARATION_CHANGED", null, e.after().householdId(),
                diff.between(e.before(), e.after())));
    }

    @EventListener
    void on(HouseholdEvents.StatusChanged e) {
        trail.record(new AuditDraft(e.actor(), "HOUSEHOLD_STATUS_CHANGED", null, e.householdId(),
                Map.of("before", e.from(), "after", e.to())));
    }

    @EventListener
    void on(HouseholdEvents.AllowanceSet e) {
        trail.record(new AuditDraft(e.actor(), "HOUSEHOLD_ALLOWANCE_CHANGED", null, e.after().householdId(),
                diff.between(e.before(), e.after())));
    }

    @EventListener
    void on(HouseholdEvents.ScheduleChanged e) {
        trail.record(new AuditDraft(e.actor(), "HOUSEHOLD_SCHEDULE_CHANGED", null, e.householdId(),
                diff.between(e.before(), e.after())));
    }

    @EventListener
    void on(NoticeEvents.ObjectionAnswered e) {
        trail.record(new AuditDraft(e.actor(), "OBJECTION_ANSWERED", e.objection().caseId(), null,
                Map.of("trackingCode", e.objection().trackingCode(), "founded", e.objection().founded())));
    }
}
