package org.yangguang.allowance;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.allowance.AllowanceEvents.IncomeRuleAdded;
import org.yangguang.allowance.internal.GeneratedId;
import org.yangguang.allowance.internal.IncomeRuleMapper;
import org.yangguang.common.Violations;

/** How the county counts income; a new rule takes over from the open one. */
@Service
public class IncomeRuleService {

    private final IncomeRuleMapper rules;
    private final PolicyChecks checks;
    private final ApplicationEventPublisher events;

    IncomeRuleService(IncomeRuleMapper rules, PolicyChecks checks, ApplicationEventPublisher events) {
        this.rules = rules;
        this.checks = checks;
        this.events = events;
    }

    public List<IncomeRule> list(String countyCode) {
        return rules.findByCounty(countyCode);
    }

    public boolean isEmpty() {
        return rules.countAll() == 0;
    }

    @Transactional
    public IncomeRule add(IncomeRule draft, String actor) {
        Violations violations = new Violations();
        checks.county(draft.countyCode(), violations);
        PolicyChecks.rate(draft.wageCostDeductionRate(), true, "wageCostDeductionRate", violations);
        PolicyChecks.period(draft.validFrom(), draft.validTo(), violations);
        violations.throwIfAny();
        Optional<Succession.Closing> closing = Succession.plan(
                rules.findByCounty(draft.countyCode()), draft.validFrom(), draft.validTo(), violations);
        violations.throwIfAny();
        closing.ifPresent(close -> rules.close(close.id(), close.validTo()));
        GeneratedId key = new GeneratedId();
        rules.insert(draft, key);
        IncomeRule stored = rules.findById(key.getId());
        IncomeRule closed = closing.map(close -> rules.findById(close.id())).orElse(null);
        events.publishEvent(new IncomeRuleAdded(stored, closed, actor));
        return stored;
    }
}
