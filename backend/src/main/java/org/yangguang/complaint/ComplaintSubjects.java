package org.yangguang.complaint;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yangguang.process.TaskSubjects;

/** Tells task completion which region a complaint's tasks lie in. */
@Component
class ComplaintSubjects implements TaskSubjects {

    private final Complaints complaints;

    ComplaintSubjects(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public Optional<TaskSubject> of(String processInstanceId) {
        return complaints.byProcessInstance(processInstanceId)
                .map(c -> new TaskSubject(c.complaintId(), c.regionCode()));
    }
}
