package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseRecord;
import org.yangguang.process.versions.MigrationEvents;

/**
 * Records migration dry runs and starts by supervisors, and every process instance the engine
 * moved to another version (linked to its case), in the transaction of the move.
 */
@Component
class MigrationAudit {

    private final AuditTrail trail;
    private final CaseFiles cases;

    MigrationAudit(AuditTrail trail, CaseFiles cases) {
        this.trail = trail;
        this.cases = cases;
    }

    @EventListener
    void on(MigrationEvents.MigrationDryRun e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("source", e.sourceDefinitionId());
        detail.put("target", e.targetDefinitionId());
        detail.put("instances", e.instances());
        detail.put("mappable", e.mappable());
        detail.put("unmappable", e.unmappableInstanceIds());
        trail.record(AuditDraft.of(e.actor(), "MIGRATION_DRY_RUN", detail));
    }

    @EventListener
    void on(MigrationEvents.MigrationStarted e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("batchId", e.batchId());
        detail.put("source", e.sourceDefinitionId());
        detail.put("target", e.targetDefinitionId());
        detail.put("instances", e.instances());
        detail.put("batchSize", e.batchSize());
        detail.put("skipped", e.skippedInstanceIds());
        trail.record(AuditDraft.of(e.actor(), "MIGRATION_STARTED", detail));
    }

    @EventListener
    void on(MigrationEvents.ProcessMigrated e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("processInstanceId", e.processInstanceId());
        detail.put("processDefinitionKey", e.processDefinitionKey());
        detail.put("target", e.targetDefinitionId());
        detail.put("targetVersion", e.targetVersion());
        detail.put("batchId", e.batchId());
        Long caseId = cases.findByProcessInstance(e.processInstanceId()).map(CaseRecord::caseId).orElse(null);
        trail.record(new AuditDraft(e.actor(), "PROCESS_MIGRATED", caseId, null, detail));
    }
}
