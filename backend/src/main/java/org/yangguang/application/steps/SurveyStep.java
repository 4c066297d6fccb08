package org.yangguang.application.steps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CasePolicy;
import org.yangguang.common.Violations;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 入户调查: at least two investigators visit the household and record their findings. */
@Component
class SurveyStep implements StepHandler {

    private final CasePolicy policy;
    private final Clock clock;
    private final StepDetails details;

    SurveyStep(CasePolicy policy, Clock clock, StepDetails details) {
        this.policy = policy;
        this.clock = clock;
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
            fields(input, violations);
        }
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        return StepOutcome.of("return".equals(decision) ? null : details.of(fields(context.input(), new Violations())));
    }

    private Map<String, Object> fields(StepInput input, Violations violations) {
        List<String> investigators = StepFields.strings(input, "investigators", violations);
        int minimum = policy.value(CasePolicy.SURVEY_MIN_INVESTIGATORS);
        violations.addIf(input.field("investigators") != null && new HashSet<>(investigators).size() < minimum,
                "investigators", "survey.investigators.tooFew", minimum);
        LocalDate visitDate = StepFields.pastDate(input, "visitDate", LocalDate.now(clock), violations);
        String findings = StepFields.text(input, "findings", violations);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("investigators", investigators);
        detail.put("visitDate", visitDate == null ? null : visitDate.toString());
        detail.put("findings", findings);
        return detail;
    }
}
