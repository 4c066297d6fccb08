package org.yangguang.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.yangguang.identity.OfficerView;

/**
 * The officer's inbox across every process: open tasks routed to one of the officer's groups or
 * assigned to the officer ({@code todo}), and tasks the officer completed ({@code done}).
 */
@Service
public class TaskInbox {

    private static final int DONE_PAGE = 200;
    private static final String[] SUMMARY_VARIABLES =
            {ProcessVariables.CASE_ID, ProcessVariables.COMPLAINT_ID, ProcessVariables.VILLAGE_CODE};

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Clock clock;

    TaskInbox(TaskService tasks, RuntimeService runtime, HistoryService history, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.clock = clock;
    }

    public List<TaskSummary> todo(OfficerView officer) {
        return todo(officer, InboxFilter.NONE);
    }

    /** The officer's open tasks narrowed by the filter (any model's process and task keys). */
    public List<TaskSummary> todo(OfficerView officer, InboxFilter filter) {
        return summaries(InboxOrder.page(routed(officer, filter).list(), assigned(officer, filter).list(),
                InboxOrder.of(filter.byDueDate()), 0, Integer.MAX_VALUE));
    }

    /**
     * One page of {@link #todo(OfficerView, InboxFilter)}: {@code max} tasks from the {@code first}
     * (0-based), in the filter's order. The database sorts and cuts two lists, the tasks routed to the
     * officer's groups and the tasks assigned to the officer, each up to {@code first + max}; they
     * are merged here. One query with both conditions ({@code or()}) costs a scan of every open task
     * on MariaDB (61 ms at 20,000 open tasks against 4 ms for the groups alone, docs/performance.md),
     * while each of the two follows an index, so a page costs about the same in a county of 100,000
     * open tasks as in an empty one.
     */
    public List<TaskSummary> todo(OfficerView officer, InboxFilter filter, int first, int max) {
        int end = (int) Math.min((long) first + max, Integer.MAX_VALUE);
        return summaries(InboxOrder.page(routed(officer, filter).listPage(0, end),
                assigned(officer, filter).listPage(0, end), InboxOrder.of(filter.byDueDate()), first, max));
    }

    /** Unassigned tasks of one of the officer's groups (Camunda's candidate query leaves assigned tasks out). */
    private TaskQuery routed(OfficerView officer, InboxFilter filter) {
        return filtered(tasks.createTaskQuery().taskCandidateGroupIn(officer.groups()), filter);
    }

    private TaskQuery assigned(OfficerView officer, InboxFilter filter) {
        return filtered(tasks.createTaskQuery().taskAssignee(officer.username()), filter);
    }

    private TaskQuery filtered(TaskQuery query, InboxFilter filter) {
        if (filter.processKey() != null) {
            query.processDefinitionKey(filter.processKey());
        }
        if (filter.taskKey() != null) {
            query.taskDefinitionKey(filter.taskKey());
        }
        if (filter.regionPrefix() != null) {
            query.processVariableValueLike(ProcessVariables.VILLAGE_CODE, filter.regionPrefix() + "%");
        }
        if (filter.dueBy() != null) {
            query.dueBefore(Date.from(filter.dueBy().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        // The task id breaks ties, so that pages neither repeat nor skip a task; InboxOrder is the same order.
        return (filter.byDueDate() ? query.orderByDueDate().asc() : query.orderByTaskCreateTime().asc())
                .orderByTaskId()
                .asc();
    }

    private List<TaskSummary> summaries(List<Task> open) {
        Map<String, Map<String, Object>> variables = runtimeVariables(
                open.stream().map(Task::getProcessInstanceId).distinct().toList());
        Instant now = clock.instant();
        return open.stream()
                .map(t -> summary(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getProcessDefinitionId(),
                        t.getProcessInstanceId(), variables.get(t.getProcessInstanceId()), t.getCreateTime(),
                        t.getDueDate(), null, now))
                .toList();
    }

    /** One open task the officer may act on (a candidate group or the assignee), or empty. */
    public java.util.Optional<TaskSummary> open(OfficerView officer, String taskId) {
        return todo(officer).stream().filter(t -> t.taskId().equals(taskId)).findFirst();
    }

    public List<TaskSummary> done(OfficerView officer) {
        List<HistoricTaskInstance> finished = history.createHistoricTaskInstanceQuery()
                .taskAssignee(officer.username())
                .finished()
                .orderByHistoricTaskInstanceEndTime()
                .desc()
                .listPage(0, DONE_PAGE);
        Map<String, Map<String, Object>> variables = historicVariables(
                finished.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().toList());
        return finished.stream()
                .map(t -> summary(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getProcessDefinitionId(),
                        t.getProcessInstanceId(), variables.get(t.getProcessInstanceId()), t.getStartTime(),
                        t.getDueDate(), t.getEndTime(), null))
                .toList();
    }

    private Map<String, Map<String, Object>> runtimeVariables(List<String> processInstanceIds) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            for (VariableInstance v : runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                    .variableNameIn(SUMMARY_VARIABLES)
                    .list()) {
                byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        return byInstance;
    }

    private Map<String, Map<String, Object>> historicVariables(List<String> processInstanceIds) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        if (!processInstanceIds.isEmpty()) {
            for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                    .variableNameIn(SUMMARY_VARIABLES)
                    .list()) {
                byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        return byInstance;
    }

    private static TaskSummary summary(String id, String key, String name, String definitionId, String instanceId,
            Map<String, Object> variables, Date created, Date due, Date completed, Instant now) {
        Map<String, Object> vars = variables == null ? Map.of() : variables;
        Instant dueAt = due == null ? null : due.toInstant();
        boolean overdue = dueAt != null && (completed == null ? now.isAfter(dueAt) : completed.toInstant().isAfter(dueAt));
        return new TaskSummary(id, key, name, definitionId.substring(0, definitionId.indexOf(':')), instanceId,
                idOf(vars.get(ProcessVariables.CASE_ID)), idOf(vars.get(ProcessVariables.COMPLAINT_ID)),
                (String) vars.get(ProcessVariables.VILLAGE_CODE),
                created.toInstant(), dueAt, overdue, completed == null ? null : completed.toInstant());
    }

    private static Long idOf(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
