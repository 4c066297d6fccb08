package org.yangguang.allowance;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.allowance.AllowanceEvents.AssetLimitAdded;
import org.yangguang.allowance.internal.AssetLimitMapper;
import org.yangguang.allowance.internal.GeneratedId;
import org.yangguang.common.Violations;

/**
 * The county's asset limits. A new limit takes over from the open one over the same set of asset
 * types; limits over different sets apply side by side.
 */
@Service
public class AssetLimitService {

    private final AssetLimitMapper limits;
    private final PolicyChecks checks;
    private final ApplicationEventPublisher events;

    AssetLimitService(AssetLimitMapper limits, PolicyChecks checks, ApplicationEventPublisher events) {
        this.limits = limits;
        this.checks = checks;
        this.events = events;
    }

    public List<AssetLimit> list(String countyCode) {
        return limits.findByCounty(countyCode);
    }

    public boolean isEmpty() {
        return limits.countAll() == 0;
    }

    @Transactional
    public AssetLimit add(AssetLimit draft, String actor) {
        Violations violations = new Violations();
        checks.county(draft.countyCode(), violations);
        boolean typesGiven = draft.assetTypes() != null
                && !draft.assetTypes().isEmpty()
                && draft.assetTypes().stream().allMatch(Objects::nonNull);
        violations.addIf(!typesGiven, "assetTypes", "allowance.assetTypes.required");
        violations.addIf(
                draft.maxCount() == null
                        && draft.maxMonthsOfStandardPerCapita() == null
                        && draft.maxHouseholdValue() == null,
                "maxCount",
                "allowance.limit.noBound");
        violations.addIf(draft.maxCount() != null && draft.maxCount() < 0, "maxCount", "allowance.number.negative");
        PolicyChecks.optionalMoney(draft.maxMonthsOfStandardPerCapita(), "maxMonthsOfStandardPerCapita", violations);
        PolicyChecks.optionalMoney(draft.maxHouseholdValue(), "maxHouseholdValue", violations);
        PolicyChecks.period(draft.validFrom(), draft.validTo(), violations);
        violations.throwIfAny();
        List<AssetLimit> sameTypes = limits.findByCounty(draft.countyCode()).stream()
                .filter(limit -> new HashSet<>(limit.assetTypes()).equals(new HashSet<>(draft.assetTypes())))
                .toList();
        Optional<Succession.Closing> closing =
                Succession.plan(sameTypes, draft.validFrom(), draft.validTo(), violations);
        violations.throwIfAny();
        closing.ifPresent(close -> limits.close(close.id(), close.validTo()));
        GeneratedId key = new GeneratedId();
        limits.insert(normalized(draft), key);
        AssetLimit stored = limits.findById(key.getId());
        AssetLimit closed = closing.map(close -> limits.findById(close.id())).orElse(null);
        events.publishEvent(new AssetLimitAdded(stored, closed, actor));
        return stored;
    }

    /** The types once each, in the order of {@link org.yangguang.household.AssetType}. */
    private static AssetLimit normalized(AssetLimit draft) {
        return new AssetLimit(
                null,
                draft.countyCode(),
                draft.assetTypes().stream().distinct().sorted().toList(),
                draft.maxCount(),
                draft.maxMonthsOfStandardPerCapita(),
                draft.maxHouseholdValue(),
                draft.validFrom(),
                draft.validTo());
    }
}
