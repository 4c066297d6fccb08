package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.verification.VerificationEvents;
import org.yangguang.verification.VerificationRules.RuleAdded;
import org.yangguang.verification.Warning;

/** Records the warnings raised and settled, the relatives registered, and rule changes. */
@Component
class VerificationAudit {

    private final AuditTrail trail;

    VerificationAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(VerificationEvents.WarningsRaised e) {
        for (Warning w : e.warnings()) {
            trail.record(new AuditDraft("system", "WARNING_RAISED", null, e.householdId(), line(w)));
        }
    }

    @EventListener
    void on(VerificationEvents.WarningResolved e) {
        trail.record(new AuditDraft(e.actor(), "WARNING_RESOLVED", null, e.warning().householdId(), line(e.warning())));
    }

    @EventListener
    void on(VerificationEvents.RelativeRegistered e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("memberIdNumber", e.memberIdNumber());
        detail.put("officialName", e.officialName());
        detail.put("origin", e.origin());
        trail.record(new AuditDraft("system", "RELATIVE_REGISTERED", e.caseId(), e.householdId(), detail));
    }

    @EventListener
    void on(RuleAdded e) {
        trail.record(AuditDraft.of(e.actor(), "VERIFICATION_RULE_ADDED",
                Map.of("rule", e.rule(), "validFrom", e.validFrom().toString())));
    }

    private static Map<String, Object> line(Warning w) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("warningId", w.warningId());
        detail.put("code", w.code());
        detail.put("person", w.personId());
        detail.put("detail", w.detail());
        detail.put("status", w.status());
        return detail;
    }
}
