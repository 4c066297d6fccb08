package org.yangguang.process.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.Violations;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.process.TaskCompletion;
import org.yangguang.process.TaskInbox;
import org.yangguang.process.TaskSummary;

/** The inbox and task completion, for every process. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskInbox inbox;
    private final TaskCompletion completion;
    private final CurrentOfficer current;

    TaskController(TaskInbox inbox, TaskCompletion completion, CurrentOfficer current) {
        this.inbox = inbox;
        this.completion = completion;
        this.current = current;
    }

    @GetMapping
    List<TaskSummary> list(@RequestParam(defaultValue = "todo") String scope) {
        return switch (scope) {
            case "todo" -> inbox.todo(current.get());
            case "done" -> inbox.done(current.get());
            default -> {
                Violations.reject("scope", "task.scope.unknown");
                yield List.of();
            }
        };
    }

    /** One task of the caller's inbox with the decisions it takes, for the task's form. */
    @GetMapping("/{taskId}")
    TaskForm get(@PathVariable String taskId) {
        TaskSummary task = inbox.open(current.get(), taskId)
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        return new TaskForm(task, List.copyOf(completion.decisionsOf(task.taskKey())),
                List.copyOf(completion.decisionsNeedingOpinion(task.taskKey())));
    }

    record TaskForm(TaskSummary task, List<String> decisions, List<String> opinionRequiredFor) {}

    @PostMapping("/{taskId}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String taskId, @RequestBody(required = false) JsonNode body) {
        completion.complete(taskId, body);
    }
}
