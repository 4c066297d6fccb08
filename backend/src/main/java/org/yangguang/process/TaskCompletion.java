package org.yangguang.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseFiles;
import org.yangguang.common.ConflictException;
import org.yangguang.common.ForbiddenException;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.Violations;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.identity.OfficerView;
import org.yangguang.process.internal.TaskLockMapper;

/**
 * Completes a user task for the signed-in officer: checks that the task is theirs to do (its
 * candidate groups or assignee, and the case inside their jurisdiction), validates the decision
 * and the step's fields, applies the step's effects, records the timeline line, and completes
 * the task in the engine as that officer, all in one transaction.
 */
@Service
public class TaskCompletion {

    private static final Set<String> DEFAULT_NEEDING_OPINION = Set.of("reject", "return", "fail");

    private final TaskService tasks;
    private final HistoryService history;
    private final CaseFiles cases;
    private final CurrentOfficer current;
    private final Map<String, StepHandler> handlers;
    private final List<TaskSubjects> subjects;
    private final TaskLockMapper taskLocks;

    TaskCompletion(
            TaskService tasks,
            HistoryService history,
            CaseFiles cases,
            CurrentOfficer current,
            List<StepHandler> handlers,
            List<TaskSubjects> subjects,
            TaskLockMapper taskLocks) {
        this.subjects = subjects;
        this.taskLocks = taskLocks;
        this.tasks = tasks;
        this.history = history;
        this.cases = cases;
        this.current = current;
        this.handlers = handlers.stream().collect(Collectors.toMap(StepHandler::taskKey, Function.identity()));
    }

    /** The decisions a task key takes; empty for a step without a handler (any decision). */
    public Set<String> decisionsOf(String taskKey) {
        StepHandler handler = handlers.get(taskKey);
        return handler == null ? Set.of() : handler.decisions();
    }

    /** The decisions of a task key that need a written opinion. */
    public Set<String> decisionsNeedingOpinion(String taskKey) {
        StepHandler handler = handlers.get(taskKey);
        return handler == null ? DEFAULT_NEEDING_OPINION : handler.decisionsNeedingOpinion();
    }

    @Transactional
    public void complete(String taskId, JsonNode body) {
        OfficerView officer = current.get();
        Task task = taskLocks.lockOpenTask(taskId) == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw alreadyDoneOrMissing(taskId);
        }
        CaseRecord caseRecord = cases.findByProcessInstance(task.getProcessInstanceId()).orElse(null);
        TaskSubjects.TaskSubject subject = caseRecord != null
                ? new TaskSubjects.TaskSubject(caseRecord.caseId(), caseRecord.regionCode())
                : otherSubjectOf(task);
        current.jurisdictionOf(officer).requireReadable(subject.regionCode());
        requireOwnTask(task, officer);
        current.jurisdictionOf(officer).requireWritable(subject.regionCode());

        StepInput input = StepInput.of(body);
        StepHandler handler = handlers.get(task.getTaskDefinitionKey());
        String decision = handler == null ? input.decision() : handler.decide(input);
        check(handler, input, decision);
        StepContext context = new StepContext(task.getId(), task.getTaskDefinitionKey(),
                task.getProcessInstanceId(), subject.id(), officer, input);
        StepHandler.StepOutcome outcome = handler == null
                ? StepHandler.StepOutcome.of(input.fields().isEmpty() ? null : input.fields().toString())
                : handler.apply(context, decision);

        if (caseRecord != null) {
            cases.record(caseRecord.caseId(), new CaseEventDraft(officer.username(), officer.role().name(),
                    "TASK_COMPLETED", task.getTaskDefinitionKey(), decision, input.opinion(), outcome.detail()));
        }
        Map<String, Object> variables = new HashMap<>(outcome.variables());
        variables.put(ProcessVariables.decisionOf(task.getTaskDefinitionKey()), decision);
        completeAs(officer, task, variables);
    }

    private void check(StepHandler handler, StepInput input, String decision) {
        Violations violations = new Violations();
        if (decision == null || decision.isBlank()) {
            violations.add("decision", "task.decision.required");
        } else if (handler != null && !handler.decisions().contains(decision)) {
            violations.add("decision", "task.decision.unknown", String.join(", ", handler.decisions()));
        }
        Set<String> needOpinion = handler == null ? DEFAULT_NEEDING_OPINION : handler.decisionsNeedingOpinion();
        violations.addIf(decision != null && needOpinion.contains(decision) && !input.hasOpinion(),
                "opinion", "task.opinion.required");
        if (handler != null) {
            handler.check(input, violations);
        }
        violations.throwIfAny();
    }

    /**
     * Claims the task for the officer (so the engine's history names who did it) and completes it.
     * No Camunda authentication is set: the rights were checked above, and Camunda's
     * authorizations guard its own webapps and REST API. Of two officers completing the task at
     * once, the second waits for the first's lock on the task row (taken before the task was read)
     * and then finds the task gone: a 409 before anything of its own was written.
     */
    private void completeAs(OfficerView officer, Task task, Map<String, Object> variables) {
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), officer.username());
        }
        tasks.complete(task.getId(), variables);
    }

    private void requireOwnTask(Task task, OfficerView officer) {
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(officer.username())) {
                throw new ConflictException("task.claimedByOther");
            }
            return;
        }
        boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .anyMatch(group -> group != null && officer.groups().contains(group));
        if (!candidate) {
            // The links go with the task: gone if completed by a colleague (a race without the row lock).
            throw tasks.createTaskQuery().taskId(task.getId()).count() == 0 ? alreadyDoneOrMissing(task.getId())
                    : new ForbiddenException("task.notYours");
        }
    }

    private TaskSubjects.TaskSubject otherSubjectOf(Task task) {
        return subjects.stream()
                .flatMap(s -> s.of(task.getProcessInstanceId()).stream())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    private RuntimeException alreadyDoneOrMissing(String taskId) {
        boolean done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
        return done ? new ConflictException("task.alreadyCompleted") : new NotFoundException("error.notFound");
    }
}
