package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.roster.RosterEvents;

/** Records every roster import: who, which file, how many households and persons. */
@Component
class RosterAudit {

    private final AuditTrail trail;

    RosterAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(RosterEvents.RosterImported e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("what", "ROSTER");
        detail.put("fileName", e.fileName());
        detail.put("households", e.households());
        detail.put("rows", e.persons());
        trail.record(AuditDraft.of(e.actor(), "ROSTER_IMPORTED", detail));
    }
}
