package org.yangguang.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.AuditSearch.Filter;

/**
 * Deployments made while the application starts (the models of bpmn/) happen before the trail
 * listens; once the application is ready, every deployment without its record gets one.
 */
@Component
class DeploymentReconciler {

    static final String TYPE = "MODEL_DEPLOYED";

    private final RepositoryService repository;
    private final AuditSearch search;
    private final AuditTrail trail;
    private final ObjectMapper json;

    DeploymentReconciler(RepositoryService repository, AuditSearch search, AuditTrail trail, ObjectMapper json) {
        this.repository = repository;
        this.search = search;
        this.trail = trail;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void recordUnrecordedDeployments() {
        Set<String> recorded = new HashSet<>();
        for (AuditEvent event : search.search(new Filter(null, null, null, TYPE, null, null))) {
            try {
                recorded.add(json.readTree(event.detail()).path("deploymentId").asText());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable audit detail of event " + event.id(), e);
            }
        }
        for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
            if (!recorded.contains(deployment.getId())) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("deploymentId", deployment.getId());
                detail.put("name", deployment.getName());
                detail.put("source", deployment.getSource());
                detail.put("deployedAt", deployment.getDeploymentTime().toInstant().toString());
                detail.put("processDefinitions", repository.createProcessDefinitionQuery()
                        .deploymentId(deployment.getId())
                        .list()
                        .stream()
                        .map(ProcessDefinition::getId)
                        .toList());
                trail.record(AuditDraft.of("system", TYPE, detail));
            }
        }
    }
}
