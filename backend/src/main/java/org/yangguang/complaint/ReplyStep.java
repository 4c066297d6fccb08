package org.yangguang.complaint;

import java.time.Clock;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yangguang.common.Violations;
import org.yangguang.complaint.ComplaintEvents.ComplaintReplied;
import org.yangguang.complaint.ComplaintEvents.ComplaintTaskCompleted;
import org.yangguang.complaint.internal.ComplaintMapper;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 答复投诉人: the {@code replyText} closes the complaint; its tracking code then shows the reply. */
@Component
class ReplyStep implements StepHandler {

    private final ComplaintMapper complaints;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReplyStep(ComplaintMapper complaints, ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "reply";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("reply");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        ComplaintFields.requiredText(input, "replyText", violations);
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        String reply = ComplaintFields.requiredText(context.input(), "replyText", new Violations());
        complaints.close(context.caseId(), reply, clock.instant());
        Complaint closed = complaints.find(context.caseId());
        events.publishEvent(new ComplaintTaskCompleted(closed, taskKey(), decision, context.actor()));
        events.publishEvent(new ComplaintReplied(closed, context.actor()));
        return StepOutcome.of(null);
    }
}
