package org.yangguang.proof;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.common.Violations;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepFields;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 登记举证材料: the township records what the household brought, and when. */
@Component
class SubmitEvidenceStep implements StepHandler {

    private final Clock clock;
    private final ProofDetails details;

    SubmitEvidenceStep(Clock clock, ProofDetails details) {
        this.clock = clock;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "submitEvidence";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("submitted");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        fields(input, violations);
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        return StepOutcome.of(details.json(fields(context.input(), new Violations())));
    }

    private Map<String, Object> fields(StepInput input, Violations violations) {
        String evidence = StepFields.text(input, "evidence", violations);
        LocalDate received = StepFields.pastDate(input, "receivedDate", LocalDate.now(clock), violations);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("evidence", evidence);
        detail.put("receivedDate", received == null ? null : received.toString());
        return detail;
    }
}
