package org.yangguang.allowance;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.allowance.AllowanceEvents.AddOnRuleAdded;
import org.yangguang.allowance.internal.AddOnRuleMapper;
import org.yangguang.allowance.internal.GeneratedId;
import org.yangguang.common.Violations;

/** The county's category add-ons; a new rule of a category takes over from the open one. */
@Service
public class AddOnRuleService {

    /** Ages in completed years, and disability grades (1 most severe to 4). */
    private static final int MAX_AGE = 150;
    private static final int MAX_DISABILITY_GRADE = 4;

    private final AddOnRuleMapper rules;
    private final PolicyChecks checks;
    private final ApplicationEventPublisher events;

    AddOnRuleService(AddOnRuleMapper rules, PolicyChecks checks, ApplicationEventPublisher events) {
        this.rules = rules;
        this.checks = checks;
        this.events = events;
    }

    public List<AddOnRule> list(String countyCode) {
        return rules.findByCounty(countyCode);
    }

    public boolean isEmpty() {
        return rules.countAll() == 0;
    }

    @Transactional
    public AddOnRule add(AddOnRule draft, String actor) {
        Violations violations = new Violations();
        checks.county(draft.countyCode(), violations);
        violations.addIf(draft.category() == null, "category", "allowance.category.required");
        checkThreshold(draft, violations);
        PolicyChecks.rate(draft.rate(), false, "rate", violations);
        PolicyChecks.period(draft.validFrom(), draft.validTo(), violations);
        violations.throwIfAny();
        Optional<Succession.Closing> closing = Succession.plan(
                rules.findByKey(draft.countyCode(), draft.category()), draft.validFrom(), draft.validTo(), violations);
        violations.throwIfAny();
        AddOnRule row = draft.category().usesThreshold()
                ? draft
                : new AddOnRule(null, draft.countyCode(), draft.category(), null, draft.rate(), draft.validFrom(),
                        draft.validTo());
        closing.ifPresent(close -> rules.close(close.id(), close.validTo()));
        GeneratedId key = new GeneratedId();
        rules.insert(row, key);
        AddOnRule stored = rules.findById(key.getId());
        AddOnRule closed = closing.map(close -> rules.findById(close.id())).orElse(null);
        events.publishEvent(new AddOnRuleAdded(stored, closed, actor));
        return stored;
    }

    private static void checkThreshold(AddOnRule draft, Violations violations) {
        if (draft.category() == null || !draft.category().usesThreshold()) {
            return;
        }
        Integer threshold = draft.threshold();
        int max = draft.category() == AddOnCategory.SEVERE_DISABILITY ? MAX_DISABILITY_GRADE : MAX_AGE;
        int min = draft.category() == AddOnCategory.SEVERE_DISABILITY ? 1 : 0;
        violations.addIf(
                threshold == null || threshold < min || threshold > max,
                "threshold",
                "allowance.threshold.range",
                min,
                max);
    }
}
