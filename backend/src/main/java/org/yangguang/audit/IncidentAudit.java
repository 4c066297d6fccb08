package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.incident.IncidentEvents;
import org.yangguang.incident.IncidentView;

/** Records every failed job a supervisor gave another try from the incidents page. */
@Component
class IncidentAudit {

    private final AuditTrail trail;

    IncidentAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(IncidentEvents.IncidentRetried e) {
        IncidentView incident = e.incident();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("incidentId", incident.id());
        detail.put("jobId", incident.jobId());
        detail.put("processDefinitionKey", incident.processDefinitionKey());
        detail.put("processDefinitionVersion", incident.processDefinitionVersion());
        detail.put("processInstanceId", incident.processInstanceId());
        detail.put("activityId", incident.activityId());
        detail.put("message", incident.message());
        detail.put("retries", 1);
        trail.record(new AuditDraft(e.actor(), "INCIDENT_RETRIED", incident.caseId(), null, detail));
    }
}
