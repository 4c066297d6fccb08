package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.payment.PaymentEvents;

/** Records the start and the completion of payment runs and every bank file exported. */
@Component
class PaymentAudit {

    private final AuditTrail trail;

    PaymentAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(PaymentEvents.RunStarted e) {
        trail.record(AuditDraft.of(e.actor(), "PAYMENT_RUN_STARTED", run(e.runId(), e.countyCode(), e.month())));
    }

    @EventListener
    void on(PaymentEvents.RunCompleted e) {
        Map<String, Object> detail = run(e.runId(), e.countyCode(), e.month());
        detail.put("households", e.households());
        detail.put("total", e.total().setScale(2).toPlainString());
        trail.record(AuditDraft.of(e.actor(), "PAYMENT_RUN_COMPLETED", detail));
    }

    @EventListener
    void on(PaymentEvents.BankFileExported e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("what", "PAYMENT_BANK_FILE");
        detail.put("runId", e.runId());
        detail.put("month", e.month());
        detail.put("rows", e.rows());
        trail.record(AuditDraft.of(e.actor(), "EXPORTED", detail));
    }

    private static Map<String, Object> run(long runId, String countyCode, String month) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("runId", runId);
        detail.put("countyCode", countyCode);
        detail.put("month", month);
        return detail;
    }
}
