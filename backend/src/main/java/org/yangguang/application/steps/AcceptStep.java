package org.yangguang.application.steps;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseLetters;
import org.yangguang.common.Violations;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepFields;
import org.yangguang.process.StepDetails;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 受理: the township accepts, or lists every missing item at once (一次性告知) in a generated notice. */
@Component
class AcceptStep implements StepHandler {

    private final CaseLetters letters;
    private final StepDetails details;

    AcceptStep(CaseLetters letters, StepDetails details) {
        this.letters = letters;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "accept";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("accept", "incomplete");
    }

    @Override
    public Set<String> decisionsNeedingOpinion() {
        return Set.of();
    }

    @Override
    public void check(StepInput input, Violations violations) {
        if ("incomplete".equals(input.decision())) {
            List<String> items = StepFields.strings(input, "missingItems", violations);
            violations.addIf(items.isEmpty() && input.field("missingItems") != null && input.field("missingItems").isArray(),
                    "missingItems", "application.missingItems.required");
        }
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        if (!"incomplete".equals(decision)) {
            return StepOutcome.of(null);
        }
        List<String> items = StepFields.strings(context.input(), "missingItems", new Violations());
        var document = letters.incompleteMaterials(context.caseId(), items, context.actor());
        return StepOutcome.of(details.of(Map.of("missingItems", items, "documentId", document.documentId())));
    }
}
