package org.yangguang.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Sets a user task's due date from the {@code task_deadline} table (working days by task key)
 * and the working-day calendar. Models attach it to user tasks as {@code ${taskDeadline}} on
 * create; a task key without a row gets no due date.
 */
@Component("taskDeadline")
class TaskDeadlineListener implements TaskListener {

    private final TaskDeadlines deadlines;

    TaskDeadlineListener(TaskDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.dueFromNow(task.getTaskDefinitionKey()).ifPresent(due -> task.setDueDate(Date.from(due)));
    }
}
