package org.yangguang.verification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.common.Violations;
import org.yangguang.verification.internal.VerificationMapper;

/** The county's verification rules: thresholds and parameters as data, each valid from a day on. */
@Service
public class VerificationRules {

    private final VerificationMapper store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VerificationRules(VerificationMapper store, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /** What a county officer sends: the rule, its threshold or parameter, from when. */
    public record RuleDraft(WarningCode code, BigDecimal threshold, String parameter, LocalDate validFrom) {}

    /** A rule changed; the audit trail records it. */
    public record RuleAdded(VerificationRule rule, LocalDate validFrom, String actor) {}

    public List<VerificationRule> validToday(String countyCode) {
        return store.findRulesValidOn(countyCode, LocalDate.now(clock));
    }

    public boolean isEmpty() {
        return store.countRules() == 0;
    }

    /** Adds a rule; the one of the same code still open is closed the day before. */
    @Transactional
    public VerificationRule add(String countyCode, RuleDraft draft, String actor) {
        Violations violations = new Violations();
        violations.addIf(draft.code() == null, "code", "verification.rule.code");
        violations.addIf(draft.validFrom() == null, "validFrom", "step.field.required");
        violations.addIf(draft.threshold() != null && draft.threshold().signum() < 0, "threshold", "step.money.invalid");
        violations.throwIfAny();
        store.closeOpenRule(countyCode, draft.code(), draft.validFrom().minusDays(1));
        VerificationRule rule = new VerificationRule(countyCode, draft.code(), draft.threshold(), draft.parameter());
        store.insertRule(rule, draft.validFrom());
        events.publishEvent(new RuleAdded(rule, draft.validFrom(), actor));
        return rule;
    }
}
