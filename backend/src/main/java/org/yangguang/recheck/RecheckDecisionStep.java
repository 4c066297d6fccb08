package org.yangguang.recheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.application.Assessments;
import org.yangguang.casework.CaseFiles;
import org.yangguang.common.Violations;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepDetails;
import org.yangguang.process.StepFields;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;
import org.yangguang.recheck.internal.RecheckMapper;

/**
 * 复核决定: continue, increase, reduce (to {@code newAmount}, by default the amount the rules give
 * for the household as now declared) or stop with an {@code exitReason}. A stop for income above the
 * line from new work may be a gradual exit ({@code gradualExit: true}): paid on for the grace period.
 */
@Component
class RecheckDecisionStep implements StepHandler {

    private final CaseFiles cases;
    private final HouseholdService households;
    private final Assessments assessments;
    private final RecheckMapper rechecks;
    private final StepDetails details;
    private final Clock clock;

    RecheckDecisionStep(CaseFiles cases, HouseholdService households, Assessments assessments, RecheckMapper rechecks,
            StepDetails details, Clock clock) {
        this.cases = cases;
        this.households = households;
        this.assessments = assessments;
        this.rechecks = rechecks;
        this.details = details;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return "recheckDecision";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("continue", "increase", "reduce", "stop");
    }

    @Override
    public Set<String> decisionsNeedingOpinion() {
        return Set.of();
    }

    @Override
    public void check(StepInput input, Violations violations) {
        if ("stop".equals(input.decision())) {
            exitReason(input, violations);
        } else {
            violations.addIf(gradualExit(input), "gradualExit", "recheck.gradualExit.onlyOnStop");
        }
        StepFields.optionalMoney(input, "newAmount", violations);
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        StepInput input = context.input();
        Household household = households.require(cases.require(context.caseId()).householdId());
        BigDecimal current = household.monthlyAmount() == null ? BigDecimal.ZERO.setScale(2) : household.monthlyAmount();
        Violations violations = new Violations();
        ExitReason reason = "stop".equals(decision) ? exitReason(input, violations) : null;
        boolean gradual = reason != null && gradualExit(input);
        violations.addIf(gradual && reason != ExitReason.INCOME_ABOVE_LINE, "gradualExit",
                "recheck.gradualExit.onlyForIncome");
        BigDecimal amount = switch (decision) {
            case "increase", "reduce" -> newAmount(input, household, violations);
            case "stop" -> gradual ? current : BigDecimal.ZERO.setScale(2);
            default -> current;
        };
        violations.addIf("increase".equals(decision) && amount != null && amount.compareTo(current) <= 0,
                "newAmount", "recheck.amount.notHigher", current.toPlainString());
        violations.addIf("reduce".equals(decision) && amount != null
                && (amount.compareTo(current) >= 0 || amount.signum() <= 0),
                "newAmount", "recheck.amount.notLower", current.toPlainString());
        violations.throwIfAny();
        RecheckOutcome outcome = gradual ? RecheckOutcome.GRADUAL_EXIT
                : RecheckOutcome.valueOf(decision.toUpperCase(java.util.Locale.ROOT));
        rechecks.updateOutcome(context.caseId(), outcome, reason, amount);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("outcome", outcome);
        detail.put("exitReason", reason);
        detail.put("newAmount", amount.toPlainString());
        detail.put("previousAmount", current.toPlainString());
        return new StepOutcome(Map.of(RecheckSteps.GRADUAL_EXIT, gradual), details.of(detail));
    }

    private BigDecimal newAmount(StepInput input, Household household, Violations violations) {
        BigDecimal given = StepFields.optionalMoney(input, "newAmount", violations);
        return given != null ? given : assessments.assess(household, LocalDate.now(clock)).monthlyAmount().setScale(2);
    }

    private static ExitReason exitReason(StepInput input, Violations violations) {
        JsonNode node = input.field("exitReason");
        String value = node == null || node.isNull() ? "" : node.asText().trim();
        return Arrays.stream(ExitReason.values())
                .filter(r -> r.name().equals(value))
                .findFirst()
                .orElseGet(() -> {
                    violations.add("exitReason", value.isEmpty() ? "recheck.exitReason.required" : "recheck.exitReason.unknown");
                    return null;
                });
    }

    private static boolean gradualExit(StepInput input) {
        JsonNode node = input.field("gradualExit");
        return node != null && (node.asBoolean(false) || "true".equalsIgnoreCase(node.asText()));
    }
}
