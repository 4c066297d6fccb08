package org.yangguang.process;

import java.util.Optional;

/**
 * What a process runs for when it is not a case (a complaint about an officer has no household):
 * a feature implements this so that {@link TaskCompletion} can check the jurisdiction of its
 * tasks. Such steps keep their own record of completion (their handler's {@code apply}); the
 * case timeline is only written for cases.
 */
public interface TaskSubjects {

    /** The subject of the process instance, or empty when the instance is not this feature's. */
    Optional<TaskSubject> of(String processInstanceId);

    /** The subject's id (handed to the step as {@link StepContext#caseId()}) and the region it lies in. */
    record TaskSubject(long id, String regionCode) {}
}
