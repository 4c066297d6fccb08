package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.recheck.Recheck;
import org.yangguang.recheck.RecheckEvents;

/** Records re-checks started and decided, and every change to a class's interval. */
@Component
class RecheckAudit {

    private final AuditTrail trail;

    RecheckAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(RecheckEvents.RecheckStarted e) {
        trail.record(new AuditDraft(e.actor(), "RECHECK_STARTED", e.recheck().caseId(), e.recheck().householdId(),
                detail(e.recheck())));
    }

    @EventListener
    void on(RecheckEvents.RecheckDecided e) {
        trail.record(new AuditDraft(e.actor(), "RECHECK_DECIDED", e.recheck().caseId(), e.recheck().householdId(),
                detail(e.recheck())));
    }

    @EventListener
    void on(RecheckEvents.IntervalChanged e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("recheckClass", e.recheckClass());
        detail.put("before", e.before());
        detail.put("after", e.after());
        detail.put("householdsMoved", e.householdsMoved());
        trail.record(AuditDraft.of(e.actor(), "RECHECK_INTERVAL_CHANGED", detail));
    }

    private static Map<String, Object> detail(Recheck recheck) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("trigger", recheck.trigger());
        detail.put("campaignId", recheck.campaignId());
        detail.put("outcome", recheck.outcome());
        detail.put("exitReason", recheck.exitReason());
        detail.put("newAmount", recheck.newAmount() == null ? null : recheck.newAmount().toPlainString());
        return detail;
    }
}
