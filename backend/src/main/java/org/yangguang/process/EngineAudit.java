package org.yangguang.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yangguang.process.EngineEvents.EngineOperation;
import org.yangguang.process.EngineEvents.JobExecuted;
import org.yangguang.process.EngineEvents.ModelDeployed;

/**
 * Publishes what the engine does on its own or for Cockpit and REST users as application events,
 * inside the engine's transaction: new deployments (a post-deployer), operations of
 * authenticated users (the user operation log), and jobs that ran (the job log). Camunda's own
 * history handler keeps working beside it.
 */
@Component
class EngineAudit extends AbstractProcessEnginePlugin {

    static final String SYSTEM = "system";

    private final ApplicationEventPublisher events;

    EngineAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> postDeployers = configuration.getCustomPostDeployers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostDeployers());
        postDeployers.add(this::deployed);
        configuration.setCustomPostDeployers(postDeployers);
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new Forwarder());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private void deployed(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        String actor = Context.getCommandContext().getAuthenticatedUserId();
        List<String> definitions = deployment.getDeployedProcessDefinitions() == null ? List.of()
                : deployment.getDeployedProcessDefinitions().stream().map(d -> d.getId()).toList();
        events.publishEvent(new ModelDeployed(actor == null ? SYSTEM : actor, deployment.getId(), deployment.getName(),
                deployment.getSource(), List.copyOf(deployment.getResources().keySet()), definitions));
    }

    private final class Forwarder implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof UserOperationLogEntryEventEntity op) {
                events.publishEvent(new EngineOperation(op.getUserId(), op.getOperationId(), op.getOperationType(),
                        op.getEntityType(), op.getProperty(), op.getOrgValue(), op.getNewValue(),
                        op.getProcessInstanceId(), op.getDeploymentId(), op.getJobId(), op.getTaskId()));
            } else if (event instanceof HistoricJobLogEvent job && job.isSuccessLog()) {
                events.publishEvent(new JobExecuted(job.getJobId(), job.getJobDefinitionType(), job.getActivityId(),
                        job.getProcessInstanceId(), job.getProcessDefinitionKey()));
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> historyEvents) {
            historyEvents.forEach(this::handleEvent);
        }
    }
}
