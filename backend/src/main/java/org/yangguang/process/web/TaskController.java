package org.yangguang.process.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.yangguang.process.InboxFilter;
import org.yangguang.process.TaskCompletion;
import org.yangguang.process.TaskInbox;
import org.yangguang.process.TaskSummary;
import org.yangguang.region.RegionService;

/** The inbox and task completion, for every process. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private static final int MAX_PAGE = 500;

    private final TaskInbox inbox;
    private final TaskCompletion completion;
    private final CurrentOfficer current;
    private final RegionService regions;

    TaskController(TaskInbox inbox, TaskCompletion completion, CurrentOfficer current, RegionService regions) {
        this.regions = regions;
        this.inbox = inbox;
        this.completion = completion;
        this.current = current;
    }

    /**
     * The inbox; to do, it may be narrowed to a process, a task key, a region's subtree and a last due
     * day ({@code dueBy=yyyy-MM-dd}), sorted by due date ({@code sort=due}) and cut to one page
     * ({@code size} 1 to 500 tasks, {@code page} from 0); without {@code size}, every task.
     */
    @GetMapping
    List<TaskSummary> list(@RequestParam(defaultValue = "todo") String scope,
            @RequestParam(required = false) String processKey, @RequestParam(required = false) String taskKey,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) String dueBy,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return switch (scope) {
            case "todo" -> {
                InboxFilter filter = filter(processKey, taskKey, regionCode, dueBy, sort);
                if (size == null) {
                    Violations.rejectIf(page != null, "page", "task.page.withoutSize");
                    yield inbox.todo(current.get(), filter);
                }
                int from = page == null ? 0 : page;
                Violations.rejectIf(size < 1 || size > MAX_PAGE, "size", "task.size.range");
                Violations.rejectIf(from < 0, "page", "task.page.negative");
                yield inbox.todo(current.get(), filter, from * size, size);
            }
            case "done" -> inbox.done(current.get());
            default -> {
                Violations.reject("scope", "task.scope.unknown");
                yield List.of();
            }
        };
    }

    private InboxFilter filter(String processKey, String taskKey, String regionCode, String dueBy, String sort) {
        Violations.rejectIf(sort != null && !sort.isBlank() && !"due".equals(sort) && !"created".equals(sort), "sort",
                "task.sort.unknown");
        LocalDate due = null;
        if (dueBy != null && !dueBy.isBlank()) {
            try {
                due = LocalDate.parse(dueBy.trim());
            } catch (DateTimeParseException e) {
                Violations.reject("dueBy", "task.dueBy.format");
            }
        }
        String prefix = regionCode == null || regionCode.isBlank() ? null : regions.require(regionCode.trim()).scope()
                .prefix();
        return new InboxFilter(blankToNull(processKey), blankToNull(taskKey), prefix, due, "due".equals(sort));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
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
