package org.yangguang.application.steps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CasePolicy;
import org.yangguang.common.Violations;
import org.yangguang.process.StepFields;
import org.yangguang.process.StepInput;

/** What a household survey records (application survey, re-check survey): investigators, visit day, findings. */
@Component
public class SurveyFields {

    private final CasePolicy policy;
    private final Clock clock;

    SurveyFields(CasePolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** Reads and checks the fields; each problem becomes a violation. Answers them as the timeline detail. */
    public Map<String, Object> read(StepInput input, Violations violations) {
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
