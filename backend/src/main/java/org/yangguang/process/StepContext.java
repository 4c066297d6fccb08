package org.yangguang.process;

import org.yangguang.identity.OfficerView;

/**
 * What a step handler gets: the task, the officer completing it, the case id (for a process run
 * for another {@link TaskSubjects} subject, that subject's id), and the input.
 */
public record StepContext(
        String taskId,
        String taskKey,
        String processInstanceId,
        long caseId,
        OfficerView officer,
        StepInput input) {

    public String actor() {
        return officer.username();
    }
}
