package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.report.ReportEvents;

/** Records every report export: who, what, of which region, how many rows. */
@Component
class ReportAudit {

    private final AuditTrail trail;

    ReportAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(ReportEvents.Exported e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("what", e.what());
        detail.put("regionCode", e.regionCode());
        detail.put("rows", e.rows());
        trail.record(AuditDraft.of(e.actor(), "EXPORTED", detail));
    }
}
