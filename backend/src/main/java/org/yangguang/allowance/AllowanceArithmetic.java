package org.yangguang.allowance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The 补差 arithmetic, pure over the rules it is given (no database, no clock). Eligible when the
 * per-capita income is below the standard and every asset limit holds; then the monthly amount is
 * (standard − per-capita income) × members plus the category add-ons, rounded up to whole yuan.
 * Every reason against eligibility is reported, not just the first.
 */
final class AllowanceArithmetic {

    private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2);

    private final ReasonTexts texts;

    AllowanceArithmetic(ReasonTexts texts) {
        this.texts = texts;
    }

    Assessment assess(AllowanceInput input, AllowanceRules rules) {
        int members = input.members().size();
        BigDecimal netIncome = HouseholdIncome.monthlyNet(input, rules.wageCostDeductionRate());
        BigDecimal perCapita = members == 0
                ? netIncome
                : netIncome.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
        Standard standard = rules.standard();
        List<Reason> reasons = new ArrayList<>();
        if (members == 0) {
            reasons.add(texts.reason("NO_MEMBERS", null));
        }
        if (standard == null) {
            reasons.add(texts.reason(
                    "NO_STANDARD", null, String.valueOf(rules.date()), rules.countyCode(), texts.area(rules.area())));
        } else {
            BigDecimal amount = standard.monthlyAmount();
            if (perCapita.compareTo(amount) >= 0) {
                reasons.add(texts.reason(
                        "INCOME_NOT_BELOW_STANDARD", null, ReasonTexts.money(perCapita), ReasonTexts.money(amount)));
            }
            reasons.addAll(new AssetLimitCheck(texts).breaches(input.assets(), rules.assetLimits(), amount, members));
        }
        BigDecimal standardAmount = standard == null ? null : standard.monthlyAmount();
        if (!reasons.isEmpty()) {
            return new Assessment(
                    input.asOf(), rules.area().name(), standardAmount, members, netIncome, perCapita,
                    NOTHING, List.of(), NOTHING, false, List.copyOf(reasons));
        }
        BigDecimal base = standardAmount.subtract(perCapita).multiply(BigDecimal.valueOf(members));
        List<AddOn> addOns = AddOnSelection.select(input.members(), rules.addOns(), standardAmount, input.asOf());
        BigDecimal total = addOns.stream().map(AddOn::amount).reduce(base, BigDecimal::add);
        BigDecimal monthly = total.setScale(0, RoundingMode.CEILING).setScale(2);
        return new Assessment(
                input.asOf(), rules.area().name(), standardAmount, members, netIncome, perCapita,
                base.setScale(2, RoundingMode.HALF_UP), addOns, monthly, true, List.of());
    }
}
