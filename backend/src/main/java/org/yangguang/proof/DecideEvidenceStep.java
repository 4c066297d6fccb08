package org.yangguang.proof;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseFiles;
import org.yangguang.common.Violations;
import org.yangguang.household.HouseholdService;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepFields;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/**
 * 认定举证材料: accept (the warnings are cleared) or reject, with the consequence — STOP, or
 * REDUCE to {@code newAmount} — and, when money was overpaid, the month it started ({@code
 * overpaidSince}); the model's next step carries it out.
 */
@Component
class DecideEvidenceStep implements StepHandler {

    static final String STOP = "STOP";
    static final String REDUCE = "REDUCE";

    private final CaseFiles cases;
    private final HouseholdService households;
    private final Clock clock;
    private final ProofDetails details;

    DecideEvidenceStep(CaseFiles cases, HouseholdService households, Clock clock, ProofDetails details) {
        this.cases = cases;
        this.households = households;
        this.clock = clock;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "decideEvidence";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("accept", "reject");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        if ("reject".equals(input.decision())) {
            fields(input, violations);
        }
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        if (!"reject".equals(decision)) {
            return StepOutcome.of(null);
        }
        Map<String, Object> detail = fields(context.input(), new Violations());
        if (REDUCE.equals(detail.get("action"))) {
            BigDecimal current = households.require(cases.require(context.caseId()).householdId()).monthlyAmount();
            BigDecimal reduced = new BigDecimal((String) detail.get("newAmount"));
            Violations.rejectIf(current != null && reduced.compareTo(current) >= 0, "newAmount", "proof.reduce.notLower");
        }
        return StepOutcome.of(details.json(detail));
    }

    private Map<String, Object> fields(StepInput input, Violations violations) {
        String action = StepFields.text(input, "action", violations);
        violations.addIf(action != null && !STOP.equals(action) && !REDUCE.equals(action), "action", "proof.action.unknown");
        BigDecimal newAmount = REDUCE.equals(action) ? ProofFields.money(input, "newAmount", violations) : BigDecimal.ZERO;
        YearMonth since = input.field("overpaidSince") == null || input.field("overpaidSince").asText().isBlank()
                ? null
                : ProofFields.month(input, "overpaidSince", YearMonth.now(clock), violations);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("action", action);
        detail.put("newAmount", newAmount == null ? null : newAmount.setScale(2).toPlainString());
        detail.put("overpaidSince", since == null ? null : since.toString());
        return detail;
    }
}
