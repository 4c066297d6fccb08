package org.yangguang.recheck;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.application.steps.SurveyFields;
import org.yangguang.common.Violations;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepDetails;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 复核入户调查: the township visits the household again, as in an application's survey. */
@Component
class RecheckSurveyStep implements StepHandler {

    private final SurveyFields fields;
    private final StepDetails details;

    RecheckSurveyStep(SurveyFields fields, StepDetails details) {
        this.fields = fields;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "recheckSurvey";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("pass");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        fields.read(input, violations);
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        return StepOutcome.of(details.of(fields.read(context.input(), new Violations())));
    }
}
