package org.yangguang.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of one county and area valid on one date. {@code standard} and {@code incomeRule}
 * are null when none is in force; without an income rule no wage costs are deducted.
 */
public record AllowanceRules(
        String countyCode,
        Area area,
        LocalDate date,
        Standard standard,
        List<AddOnRule> addOns,
        List<AssetLimit> assetLimits,
        IncomeRule incomeRule) {

    public AllowanceRules {
        addOns = addOns == null ? List.of() : List.copyOf(addOns);
        assetLimits = assetLimits == null ? List.of() : List.copyOf(assetLimits);
    }

    public BigDecimal wageCostDeductionRate() {
        return incomeRule == null ? BigDecimal.ZERO : incomeRule.wageCostDeductionRate();
    }
}
