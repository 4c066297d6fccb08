package org.yangguang.application.steps;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.common.Violations;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepDetails;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 入户调查: at least two investigators visit the household and record their findings. */
@Component
class SurveyStep implements StepHandler {

    private final SurveyFields fields;
    private final StepDetails details;

    SurveyStep(SurveyFields fields, StepDetails details) {
        this.fields = fields;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "survey";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("pass", "fail", "return");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        if (!"return".equals(input.decision())) {
            fields.read(input, violations);
        }
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        return StepOutcome.of("return".equals(decision) ? null : details.of(fields.read(context.input(), new Violations())));
    }
}
