package org.yangguang.process;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.WorkingDays;
import org.yangguang.process.internal.TaskDeadlineMapper;

/**
 * Sets a user task's due date from the {@code task_deadline} table (working days by task key)
 * and the working-day calendar. Models attach it to user tasks as {@code ${taskDeadline}} on
 * create; a task key without a row gets no due date.
 */
@Component("taskDeadline")
class TaskDeadlineListener implements TaskListener {

    private final TaskDeadlineMapper deadlines;
    private final WorkingDays workingDays;
    private final Clock clock;

    TaskDeadlineListener(TaskDeadlineMapper deadlines, WorkingDays workingDays, Clock clock) {
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Integer days = deadlines.findWorkingDays(task.getTaskDefinitionKey());
        if (days != null) {
            task.setDueDate(Date.from(workingDays.dueAfter(clock.instant(), days)));
        }
    }
}
