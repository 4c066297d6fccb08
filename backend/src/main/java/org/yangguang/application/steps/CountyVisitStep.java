package org.yangguang.application.steps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/** 县级入户核查: the county's own home visit of a close-relative or complained case. */
@Component
class CountyVisitStep implements StepHandler {

    private final ObjectionService objections;
    private final Clock clock;
    private final StepDetails details;

    CountyVisitStep(ObjectionService objections, Clock clock, StepDetails details) {
        this.objections = objections;
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

    /** The county's own visit also answers the objections still open against the case, with its findings. */
    @Override
    public StepOutcome apply(StepContext context, String decision) {
        Map<String, Object> detail = fields(context.input(), new Violations());
        int answered = objections.answerOpen(context.caseId(), "fail".equals(decision), (String) detail.get("findings"),
                context.actor());
        detail.put("objectionsAnswered", answered);
        return StepOutcome.of(details.of(detail));
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
