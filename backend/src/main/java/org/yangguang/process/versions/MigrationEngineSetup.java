package org.yangguang.process.versions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.batch.BatchEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yangguang.process.versions.MigrationEvents.ProcessMigrated;

/**
 * Sets how many instances one migration batch job moves, and publishes each migrated process
 * instance (the engine's "migrate" history event) inside the transaction that moved it. In a batch
 * job the actor is the batch's creator, found through the job's definition (whose configuration is
 * the batch id); otherwise the user the engine was called for.
 */
@Component
@EnableConfigurationProperties(MigrationSettings.class)
class MigrationEngineSetup extends AbstractProcessEnginePlugin {

    private static final String SYSTEM = "system";

    private final MigrationSettings settings;
    private final ApplicationEventPublisher events;

    MigrationEngineSetup(MigrationSettings settings, ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<String, Integer> perType = configuration.getInvocationsPerBatchJobByBatchType() == null
                ? new HashMap<>()
                : new HashMap<>(configuration.getInvocationsPerBatchJobByBatchType());
        perType.put(Batch.TYPE_PROCESS_INSTANCE_MIGRATION, settings.batchSize());
        configuration.setInvocationsPerBatchJobByBatchType(perType);
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new MigratedInstances());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private final class MigratedInstances implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricProcessInstanceEventEntity instance
                    && HistoryEventTypes.PROCESS_INSTANCE_MIGRATE.getEventName().equals(instance.getEventType())) {
                BatchEntity batch = currentBatch();
                String actor = batch != null ? batch.getCreateUserId() : null;
                if (actor == null && Context.getCommandContext() != null) {
                    actor = Context.getCommandContext().getAuthenticatedUserId();
                }
                events.publishEvent(new ProcessMigrated(actor == null ? SYSTEM : actor, instance.getProcessInstanceId(),
                        instance.getBusinessKey(), instance.getProcessDefinitionId(), instance.getProcessDefinitionKey(),
                        instance.getProcessDefinitionVersion(), batch == null ? null : batch.getId()));
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> historyEvents) {
            historyEvents.forEach(this::handleEvent);
        }

        private BatchEntity currentBatch() {
            CommandContext context = Context.getCommandContext();
            JobEntity job = context == null ? null : context.getCurrentJob();
            if (job == null || job.getJobDefinitionId() == null) {
                return null;
            }
            JobDefinitionEntity definition = context.getJobDefinitionManager().findById(job.getJobDefinitionId());
            if (definition == null || !Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(definition.getJobType())) {
                return null;
            }
            return context.getBatchManager().findBatchById(definition.getJobConfiguration());
        }
    }
}
