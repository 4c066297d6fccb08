package org.yangguang.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.WorkingDays;
import org.yangguang.process.internal.TaskDeadlineMapper;

/** When a task of a key started now is due: {@code task_deadline} working days on the calendar; empty without a row. */
@Component
public class TaskDeadlines {

    private final TaskDeadlineMapper deadlines;
    private final WorkingDays workingDays;
    private final Clock clock;

    TaskDeadlines(TaskDeadlineMapper deadlines, WorkingDays workingDays, Clock clock) {
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public Optional<Instant> dueFromNow(String taskKey) {
        Integer days = deadlines.findWorkingDays(taskKey);
        return days == null ? Optional.empty() : Optional.of(workingDays.dueAfter(clock.instant(), days));
    }
}
