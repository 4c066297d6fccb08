package org.yangguang.process;

import java.util.List;

/** What happens inside the engine that the audit trail records: deployments, operations through Cockpit or REST, jobs run. */
public final class EngineEvents {

    private EngineEvents() {}

    /** A new deployment (from Camunda Modeler, REST, or the start-up deployment of bpmn/). */
    public record ModelDeployed(String actor, String deploymentId, String name, String source, List<String> resources,
            List<String> processDefinitions) {}

    /** A model the deployment guard refused, with the reasons (the deployment itself rolls back). */
    public record DeploymentRejected(String actor, String resource, List<String> reasons) {}

    /** One property of an operation an authenticated user made through the engine's API (Cockpit, REST). */
    public record EngineOperation(String actor, String operationId, String operationType, String entityType,
            String property, String orgValue, String newValue, String processInstanceId, String deploymentId,
            String jobId, String taskId) {}

    /** A job (a timer firing, an asynchronous step) that ran to its end. */
    public record JobExecuted(String jobId, String jobType, String activityId, String processInstanceId,
            String processDefinitionKey) {}
}
