package org.yangguang.recheck;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.application.Redeclaration;
import org.yangguang.common.Violations;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepDetails;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 更新家庭申报: the village declares the household again, checked as on application. */
@Component
class DeclareStep implements StepHandler {

    private final Redeclaration redeclaration;
    private final StepDetails details;

    DeclareStep(Redeclaration redeclaration, StepDetails details) {
        this.redeclaration = redeclaration;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "declare";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("submit");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        redeclaration.check(input, violations);
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        int members = redeclaration.replace(context.caseId(), context.input(), context.actor());
        return StepOutcome.of(details.of(Map.of("members", members)));
    }
}
