package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.verification.data.DataImportStored;

/** Records each stored department file (source, file, content hash, rows, warnings); never an ID number. */
@Component
class ImportAudit {

    private final AuditTrail trail;

    ImportAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(DataImportStored e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("source", e.source());
        detail.put("batchId", e.batchId());
        detail.put("fileName", e.fileName());
        detail.put("sha256", e.contentSha256());
        detail.put("rows", e.rows());
        detail.put("warningsRaised", e.warningsRaised());
        trail.record(AuditDraft.of(e.actor(), "DEPARTMENT_DATA_IMPORTED", detail));
    }
}
