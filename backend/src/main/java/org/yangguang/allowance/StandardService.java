package org.yangguang.allowance;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.allowance.AllowanceEvents.StandardAdded;
import org.yangguang.allowance.internal.GeneratedId;
import org.yangguang.allowance.internal.StandardMapper;
import org.yangguang.common.Violations;

/**
 * The county's minimum living standards. A standard is never edited: a new one takes over from
 * its start, closing the open one of the same county and area the day before.
 */
@Service
public class StandardService {

    private final StandardMapper standards;
    private final PolicyChecks checks;
    private final ApplicationEventPublisher events;

    StandardService(StandardMapper standards, PolicyChecks checks, ApplicationEventPublisher events) {
        this.standards = standards;
        this.checks = checks;
        this.events = events;
    }

    public List<Standard> list(String countyCode) {
        return standards.findByCounty(countyCode);
    }

    public boolean isEmpty() {
        return standards.countAll() == 0;
    }

    /** Adds a standard ({@code id} and anything stored are ignored) and returns it as stored. */
    @Transactional
    public Standard add(Standard draft, String actor) {
        Violations violations = new Violations();
        checks.county(draft.countyCode(), violations);
        violations.addIf(draft.area() == null, "area", "allowance.area.required");
        PolicyChecks.positiveMoney(draft.monthlyAmount(), "monthlyAmount", violations);
        PolicyChecks.period(draft.validFrom(), draft.validTo(), violations);
        violations.throwIfAny();
        Optional<Succession.Closing> closing = Succession.plan(
                standards.findByKey(draft.countyCode(), draft.area()), draft.validFrom(), draft.validTo(), violations);
        violations.throwIfAny();
        closing.ifPresent(close -> standards.close(close.id(), close.validTo()));
        GeneratedId key = new GeneratedId();
        standards.insert(draft, key);
        Standard stored = standards.findById(key.getId());
        Standard closed = closing.map(close -> standards.findById(close.id())).orElse(null);
        events.publishEvent(new StandardAdded(stored, closed, actor));
        return stored;
    }
}
