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

/** 调查核实: {@code founded} or {@code unfounded}, with the {@code findings}. */
@Component
class InvestigateStep implements StepHandler {

    private final ComplaintMapper complaints;
    private final ApplicationEventPublisher events;

    InvestigateStep(ComplaintMapper complaints, ApplicationEventPublisher events) {
        this.complaints = complaints;
        this.events = events;
    }

    @Override
    public String taskKey() {
        return ComplaintSteps.INVESTIGATE;
    }

    @Override
    public Set<String> decisions() {
        return Set.of("founded", "unfounded");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        ComplaintFields.requiredText(input, "findings", violations);
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        String findings = ComplaintFields.requiredText(context.input(), "findings", new Violations());
        complaints.recordFindings(context.caseId(), "founded".equals(decision), findings);
        events.publishEvent(new ComplaintTaskCompleted(complaints.find(context.caseId()), taskKey(), decision,
                context.actor()));
        return StepOutcome.of(null);
    }
}
