package org.yangguang.complaint;

import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yangguang.common.Violations;
import org.yangguang.complaint.ComplaintEvents.ComplaintTaskCompleted;
import org.yangguang.complaint.internal.ComplaintMapper;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 县级复核: {@code confirm} the findings, or {@code sendBack} (with an opinion) for a new investigation. */
@Component
class CountyReviewStep implements StepHandler {

    private final ComplaintMapper complaints;
    private final ApplicationEventPublisher events;

    CountyReviewStep(ComplaintMapper complaints, ApplicationEventPublisher events) {
        this.complaints = complaints;
        this.events = events;
    }

    @Override
    public String taskKey() {
        return "countyReview";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("confirm", "sendBack");
    }

    @Override
    public Set<String> decisionsNeedingOpinion() {
        return Set.of("sendBack");
    }

    @Override
    public void check(StepInput input, Violations violations) {}

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        events.publishEvent(new ComplaintTaskCompleted(complaints.find(context.caseId()), taskKey(), decision,
                context.actor()));
        return StepOutcome.of(null);
    }
}
