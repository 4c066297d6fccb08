package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.complaint.Complaint;
import org.yangguang.complaint.ComplaintEvents;

/** Records every complaint registered, task completed, escalation and reply; never the complainant's name or phone. */
@Component
class ComplaintAudit {

    private final AuditTrail trail;

    ComplaintAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(ComplaintEvents.ComplaintRegistered e) {
        Map<String, Object> detail = line(e.complaint());
        detail.put("anonymous", e.complaint().anonymous());
        detail.put("officerUsername", e.complaint().officerUsername());
        detail.put("objectionId", e.complaint().objectionId());
        record(e.actor(), "COMPLAINT_REGISTERED", e.complaint(), detail);
    }

    @EventListener
    void on(ComplaintEvents.ComplaintTaskCompleted e) {
        Map<String, Object> detail = line(e.complaint());
        detail.put("taskKey", e.taskKey());
        detail.put("decision", e.decision());
        record(e.actor(), "COMPLAINT_TASK_COMPLETED", e.complaint(), detail);
    }

    @EventListener
    void on(ComplaintEvents.ComplaintEscalated e) {
        Map<String, Object> detail = line(e.complaint());
        detail.put("toGroup", e.toGroup());
        record("system", "COMPLAINT_ESCALATED", e.complaint(), detail);
    }

    @EventListener
    void on(ComplaintEvents.ComplaintReplied e) {
        Map<String, Object> detail = line(e.complaint());
        detail.put("founded", e.complaint().founded());
        detail.put("reply", e.complaint().reply());
        record(e.actor(), "COMPLAINT_REPLIED", e.complaint(), detail);
    }

    private void record(String actor, String type, Complaint c, Map<String, Object> detail) {
        trail.record(new AuditDraft(actor, type, c.caseId(), c.householdId(), detail));
    }

    private static Map<String, Object> line(Complaint c) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("complaintId", c.complaintId());
        detail.put("trackingCode", c.trackingCode());
        detail.put("channel", c.channel().name());
        detail.put("regionCode", c.regionCode());
        detail.put("status", c.status().name());
        return detail;
    }
}
