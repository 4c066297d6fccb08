package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseRecord;
import org.yangguang.process.EngineEvents;

/** Records deployments, operations through Cockpit or the engine's REST API, and jobs (timers) that moved a case. */
@Component
class EngineOperationsAudit {

    private final AuditTrail trail;
    private final CaseFiles cases;

    EngineOperationsAudit(AuditTrail trail, CaseFiles cases) {
        this.trail = trail;
        this.cases = cases;
    }

    @EventListener
    void on(EngineEvents.ModelDeployed e) {
        trail.record(AuditDraft.of(e.actor(), "MODEL_DEPLOYED", e));
    }

    /** After the refused deployment has rolled back: recorded in a transaction of its own. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK, fallbackExecution = true)
    void on(EngineEvents.DeploymentRejected e) {
        trail.recordApart(AuditDraft.of(e.actor(), "MODEL_REJECTED", e));
    }

    @EventListener
    void on(EngineEvents.EngineOperation e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("operationType", e.operationType());
        detail.put("entityType", e.entityType());
        detail.put("property", e.property());
        detail.put("before", e.orgValue());
        detail.put("after", e.newValue());
        detail.put("processInstanceId", e.processInstanceId());
        detail.put("deploymentId", e.deploymentId());
        detail.put("jobId", e.jobId());
        detail.put("taskId", e.taskId());
        trail.record(new AuditDraft(e.actor(), "ENGINE_OPERATION", caseOf(e.processInstanceId()), null, detail));
    }

    @EventListener
    void on(EngineEvents.JobExecuted e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("jobId", e.jobId());
        detail.put("jobType", e.jobType());
        detail.put("activityId", e.activityId());
        detail.put("processDefinitionKey", e.processDefinitionKey());
        trail.record(new AuditDraft("system", "JOB_EXECUTED", caseOf(e.processInstanceId()), null, detail));
    }

    private Long caseOf(String processInstanceId) {
        return processInstanceId == null ? null
                : cases.findByProcessInstance(processInstanceId).map(CaseRecord::caseId).orElse(null);
    }
}
