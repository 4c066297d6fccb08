package org.yangguang.application.steps;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.common.Violations;
import org.yangguang.notice.ObjectionService;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepFields;
import org.yangguang.process.StepDetails;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 处理异议: the township investigates the objections to the notice; its findings answer every open one. */
@Component
class HandleObjectionStep implements StepHandler {

    private final ObjectionService objections;
    private final StepDetails details;

    HandleObjectionStep(ObjectionService objections, StepDetails details) {
        this.objections = objections;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "handleObjection";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("founded", "unfounded");
    }

    @Override
    public Set<String> decisionsNeedingOpinion() {
        return Set.of();
    }

    @Override
    public void check(StepInput input, Violations violations) {
        StepFields.text(input, "findings", violations);
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        String findings = StepFields.text(context.input(), "findings", new Violations());
        int answered = objections.answerOpen(context.caseId(), "founded".equals(decision), findings, context.actor());
        return StepOutcome.of(details.of(Map.of("findings", findings, "objectionsAnswered", answered)));
    }
}
