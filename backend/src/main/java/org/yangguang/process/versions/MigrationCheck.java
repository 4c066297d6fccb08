package org.yangguang.process.versions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.impl.migration.instance.MigratingProcessInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;

/**
 * The engine's own per-instance migration validation without the migration: Camunda's migration
 * command, with its two steps that change anything (removing unmapped activity instances, moving the
 * instance) left out, run for each instance. What it would refuse comes back per instance with the
 * activities it could not map and the engine's reasons. Run it in a transaction that rolls back.
 */
final class MigrationCheck implements Command<List<MigrationCheck.Refusal>> {

    /** One instance the plan cannot move: the source activities without a valid mapping, and why. */
    record Refusal(String processInstanceId, List<String> activityIds, List<String> reasons) {}

    private final MigrationPlan plan;
    private final List<String> processInstanceIds;
    private final MigrationPlanExecutionBuilderImpl builder;

    MigrationCheck(MigrationPlan plan, List<String> processInstanceIds, MigrationPlanExecutionBuilderImpl builder) {
        this.plan = plan;
        this.processInstanceIds = List.copyOf(processInstanceIds);
        this.builder = builder;
    }

    @Override
    public List<Refusal> execute(CommandContext context) {
        ProcessDefinitionEntity target = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(plan.getTargetProcessDefinitionId());
        ValidationOnly validation = new ValidationOnly(builder);
        List<Refusal> refusals = new ArrayList<>();
        for (String id : processInstanceIds) {
            try {
                validation.migrateProcessInstance(context, id, plan, target, true);
            } catch (MigratingProcessInstanceValidationException e) {
                refusals.add(refusal(id, e.getValidationReport()));
            } catch (ProcessEngineException e) {
                refusals.add(new Refusal(id, List.of(), List.of(String.valueOf(e.getMessage()))));
            }
        }
        return refusals;
    }

    private static Refusal refusal(String id, MigratingProcessInstanceValidationReport report) {
        Set<String> activities = new LinkedHashSet<>();
        Set<String> reasons = new LinkedHashSet<>(report.getFailures());
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            activities.add(activity.getSourceScopeId());
            reasons.addAll(activity.getFailures());
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            activities.add(transition.getSourceScopeId());
            reasons.addAll(transition.getFailures());
        }
        return new Refusal(id, List.copyOf(activities), List.copyOf(reasons));
    }

    /** Camunda's migration command that validates and then stops short of changing the instance. */
    private static final class ValidationOnly extends MigrateProcessInstanceCmd {

        ValidationOnly(MigrationPlanExecutionBuilderImpl builder) {
            super(builder, true);
        }

        @Override
        protected void deleteUnmappedActivityInstances(MigratingProcessInstance instance) {
            // a dry run removes nothing
        }

        @Override
        protected void migrateProcessInstance(MigratingProcessInstance instance) {
            // a dry run moves nothing
        }
    }
}
