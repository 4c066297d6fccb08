package org.yangguang.application.steps;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.allowance.Assessment;
import org.yangguang.casework.CaseFiles;
import org.yangguang.common.Violations;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepFields;
import org.yangguang.process.StepDetails;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 乡镇审核: the township's opinion and proposed monthly amount (the computed one unless it proposes another). */
@Component
class TownshipAuditStep implements StepHandler {

    private final Eligibility eligibility;
    private final CaseFiles cases;
    private final StepDetails details;

    TownshipAuditStep(Eligibility eligibility, CaseFiles cases, StepDetails details) {
        this.eligibility = eligibility;
        this.cases = cases;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "townshipAudit";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("approve", "reject", "return");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        StepFields.optionalMoney(input, "proposedAmount", violations);
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        if (!"approve".equals(decision)) {
            return StepOutcome.of(null);
        }
        Assessment assessment = eligibility.requireEligible(context.caseId());
        BigDecimal proposed = StepFields.optionalMoney(context.input(), "proposedAmount", new Violations());
        BigDecimal amount = proposed == null ? assessment.monthlyAmount() : proposed;
        cases.change(context.caseId(), c -> c.withProposedAmount(amount), context.actor());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("proposedAmount", amount.toPlainString());
        detail.put("computedAmount", assessment.monthlyAmount().toPlainString());
        detail.put("perCapitaIncome", assessment.perCapitaIncome().toPlainString());
        return StepOutcome.of(details.of(detail));
    }
}
