package org.yangguang.recheck;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.common.Violations;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 县级确认: the county confirms a change or exit, or returns it to the township with an opinion. */
@Component
class RecheckConfirmStep implements StepHandler {

    @Override
    public String taskKey() {
        return "recheckConfirm";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("approve", "return");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        // a decision and, to return, an opinion: nothing else
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        return StepOutcome.of(null);
    }
}
