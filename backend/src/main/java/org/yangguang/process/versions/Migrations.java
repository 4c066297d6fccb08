package org.yangguang.process.versions;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.Violations;
import org.yangguang.identity.OfficerView;
import org.yangguang.process.versions.MigrationCheck.Refusal;
import org.yangguang.process.versions.MigrationEvents.MigrationDryRun;
import org.yangguang.process.versions.MigrationEvents.MigrationStarted;

/**
 * Migrates the running instances of one version of a process to another version of the same
 * process. The plan maps every activity to the activity of the same id in the target (Camunda's
 * {@code mapEqualActivities}); timers keep their due dates (a running notice keeps its period).
 * A dry run asks the engine's migration validation about every running instance and changes
 * nothing; a start moves the mappable instances as one Camunda batch, the unmappable ones stay
 * where they are.
 */
@Service
public class Migrations {

    public enum Status { RUNNING, COMPLETED, FAILED }

    public record Definition(String id, String key, int version) {}

    public record Activity(String id, String name) {}

    public record Unmappable(String processInstanceId, String businessKey, List<Activity> activities,
            List<String> reasons) {}

    public record DryRun(Definition source, Definition target, int instances, int mappable,
            List<Unmappable> unmappable) {}

    public record Started(String batchId, Definition source, Definition target, int instances, int batchSize,
            List<Unmappable> skipped) {}

    public record Progress(String batchId, Status status, int totalJobs, int completedJobs, int failedJobs,
            int instancesPerJob, String startedBy, Instant startedAt, Instant endedAt) {}

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final HistoryService history;
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl configuration;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final MigrationSettings settings;

    Migrations(ProcessEngine engine, PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
            MigrationSettings settings) {
        this.runtime = engine.getRuntimeService();
        this.repository = engine.getRepositoryService();
        this.management = engine.getManagementService();
        this.history = engine.getHistoryService();
        this.identity = engine.getIdentityService();
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.settings = settings;
    }

    /** Which running instances of the source a migration to the target would move, and why the others not. */
    public DryRun dryRun(String sourceId, String targetId, String actor) {
        Plan plan = plan(sourceId, targetId);
        DryRun report = check(plan);
        transactions.executeWithoutResult(tx -> events.publishEvent(new MigrationDryRun(actor, plan.source().id(),
                plan.target().id(), report.instances(), report.mappable(),
                report.unmappable().stream().map(Unmappable::processInstanceId).toList())));
        return report;
    }

    /** Starts a batch that moves every mappable running instance of the source to the target. */
    public Started start(String sourceId, String targetId, OfficerView officer) {
        Plan plan = plan(sourceId, targetId);
        DryRun report = check(plan);
        Set<String> refused = report.unmappable().stream().map(Unmappable::processInstanceId)
                .collect(Collectors.toSet());
        List<String> mappable = plan.instances().stream().map(ProcessInstance::getId).filter(id -> !refused.contains(id))
                .toList();
        Violations.rejectIf(mappable.isEmpty(), "sourceDefinitionId", "migration.nothingMappable");
        identity.setAuthentication(officer.username(), officer.groups());
        try {
            return transactions.execute(tx -> {
                Batch batch = runtime.newMigration(plan.plan()).processInstanceIds(mappable).executeAsync();
                events.publishEvent(new MigrationStarted(officer.username(), batch.getId(), plan.source().id(),
                        plan.target().id(), mappable.size(), batch.getInvocationsPerBatchJob(), List.copyOf(refused)));
                return new Started(batch.getId(), plan.source(), plan.target(), mappable.size(),
                        batch.getInvocationsPerBatchJob(), report.unmappable());
            });
        } finally {
            identity.clearAuthentication();
        }
    }

    /** A migration batch's progress: while it runs from its statistics, afterwards from its history. */
    public Progress progress(String batchId) {
        BatchStatistics running = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (running != null && Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(running.getType())) {
            Status status = running.getFailedJobs() > 0 ? Status.FAILED
                    : running.getRemainingJobs() == 0 ? Status.COMPLETED : Status.RUNNING;
            return new Progress(batchId, status, running.getTotalJobs(), running.getCompletedJobs(),
                    running.getFailedJobs(), running.getInvocationsPerBatchJob(), running.getCreateUserId(),
                    instant(running.getStartTime()), null);
        }
        HistoricBatch done = history.createHistoricBatchQuery().batchId(batchId).singleResult();
        if (running != null || done == null || !Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(done.getType())) {
            throw new NotFoundException("migration.notFound", batchId);
        }
        return of(done);
    }

    /** The latest migration batches, newest first. */
    public List<Progress> recent(int max) {
        return history.createHistoricBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).orderByStartTime().desc()
                .listPage(0, max).stream()
                .map(b -> b.getEndTime() == null ? progress(b.getId()) : of(b))
                .toList();
    }

    private static Progress of(HistoricBatch done) {
        return new Progress(done.getId(), Status.COMPLETED, done.getTotalJobs(), done.getTotalJobs(), 0,
                done.getInvocationsPerBatchJob(), done.getCreateUserId(), instant(done.getStartTime()),
                instant(done.getEndTime()));
    }

    public int batchSize() {
        return settings.batchSize();
    }

    private record Plan(Definition source, Definition target, MigrationPlan plan, List<ProcessInstance> instances) {}

    private Plan plan(String sourceId, String targetId) {
        Violations problems = new Violations();
        ProcessDefinition source = definition(sourceId, "sourceDefinitionId", problems);
        ProcessDefinition target = definition(targetId, "targetDefinitionId", problems);
        problems.throwIfAny();
        Violations.rejectIf(source.getId().equals(target.getId()), "targetDefinitionId", "migration.definition.same");
        Violations.rejectIf(!source.getKey().equals(target.getKey()), "targetDefinitionId",
                "migration.definition.otherProcess", source.getKey(), target.getKey());
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                .orderByProcessInstanceId().asc().list();
        Violations.rejectIf(instances.isEmpty(), "sourceDefinitionId", "migration.noInstances");
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
        } catch (MigrationPlanValidationException e) {
            Violations.reject("targetDefinitionId", "migration.plan.invalid", e.getMessage());
            throw e;
        }
        return new Plan(of(source), of(target), plan, instances);
    }

    private ProcessDefinition definition(String id, String field, Violations problems) {
        if (id == null || id.isBlank()) {
            problems.add(field, "migration.definition.required");
            return null;
        }
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id.trim())
                .singleResult();
        problems.addIf(definition == null, field, "migration.definition.unknown", id);
        return definition;
    }

    private DryRun check(Plan plan) {
        List<String> ids = plan.instances().stream().map(ProcessInstance::getId).toList();
        MigrationPlanExecutionBuilderImpl builder = (MigrationPlanExecutionBuilderImpl) runtime.newMigration(plan.plan())
                .processInstanceIds(ids);
        List<Refusal> refusals = transactions.execute(tx -> {
            tx.setRollbackOnly();
            return configuration.getCommandExecutorTxRequired().execute(new MigrationCheck(plan.plan(), ids, builder));
        });
        Map<String, ProcessInstance> byId = plan.instances().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        BpmnModelInstance model = repository.getBpmnModelInstance(plan.source().id());
        List<Unmappable> unmappable = refusals.stream()
                .map(r -> new Unmappable(r.processInstanceId(), byId.get(r.processInstanceId()).getBusinessKey(),
                        r.activityIds().stream()
                                .map(a -> new Activity(a, ProcessVersions.nameOf(model.getModelElementById(a))))
                                .toList(),
                        r.reasons()))
                .toList();
        Set<String> distinct = new HashSet<>(refusals.stream().map(Refusal::processInstanceId).toList());
        return new DryRun(plan.source(), plan.target(), ids.size(), ids.size() - distinct.size(), unmappable);
    }

    private static Definition of(ProcessDefinition d) {
        return new Definition(d.getId(), d.getKey(), d.getVersion());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
