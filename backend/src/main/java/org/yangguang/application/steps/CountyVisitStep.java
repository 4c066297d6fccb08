package org.yangguang.application.steps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.common.Violations;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 县级入户核查: the county's own home visit of a close-relative or complained case. */
@Component
class CountyVisitStep implements StepHandler {

    private final Clock clock;
    private final StepDetails details;

    CountyVisitStep(Clock clock, StepDetails details) {
        this.clock = clock;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "countyVisit";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("pass", "fail");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        fields(input, violations);
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        return StepOutcome.of(details.of(fields(context.input(), new Violations())));
    }

    private Map<String, Object> fields(StepInput input, Violations violations) {
        LocalDate visitDate = StepFields.pastDate(input, "visitDate", LocalDate.now(clock), violations);
        String findings = StepFields.text(input, "findings", violations);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("visitDate", visitDate == null ? null : visitDate.toString());
        detail.put("findings", findings);
        return detail;
    }
}
