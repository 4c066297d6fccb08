package org.yangguang.application.steps;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.allowance.Assessment;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseFiles;
import org.yangguang.common.Violations;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepDetails;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/**
 * 县级审批: the county approves (the amount the township proposed, or the computed one; payment
 * from the month after the decision), refuses, or returns the case to the township.
 */
@Component
class CountyApprovalStep implements StepHandler {

    private final Eligibility eligibility;
    private final CaseFiles cases;
    private final Clock clock;
    private final StepDetails details;

    CountyApprovalStep(Eligibility eligibility, CaseFiles cases, Clock clock, StepDetails details) {
        this.eligibility = eligibility;
        this.cases = cases;
        this.clock = clock;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "countyApproval";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("approve", "reject", "return");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        // no fields of its own: the amount comes from the township's proposal or the rules
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        if (!"approve".equals(decision)) {
            return StepOutcome.of(null);
        }
        Assessment assessment = eligibility.requireEligible(context.caseId());
        CaseRecord record = cases.require(context.caseId());
        BigDecimal amount = record.proposedAmount() == null ? assessment.monthlyAmount() : record.proposedAmount();
        YearMonth paymentStart = YearMonth.now(clock).plusMonths(1);
        cases.change(context.caseId(),
                c -> c.withDecision(amount, assessment.perCapitaIncome(), paymentStart.toString(), clock.instant()),
                context.actor());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("monthlyAmount", amount.toPlainString());
        detail.put("perCapitaIncome", assessment.perCapitaIncome().toPlainString());
        detail.put("paymentStartMonth", paymentStart.toString());
        return StepOutcome.of(details.of(detail));
    }
}
