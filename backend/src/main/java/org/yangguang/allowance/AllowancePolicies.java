package org.yangguang.allowance;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.allowance.internal.AddOnRuleMapper;
import org.yangguang.allowance.internal.AssetLimitMapper;
import org.yangguang.allowance.internal.IncomeRuleMapper;
import org.yangguang.allowance.internal.StandardMapper;

/** Reads the rules of a county and area in force on a date, one query per table. */
@Service
public class AllowancePolicies {

    private final StandardMapper standards;
    private final AddOnRuleMapper addOns;
    private final AssetLimitMapper assetLimits;
    private final IncomeRuleMapper incomeRules;

    AllowancePolicies(
            StandardMapper standards,
            AddOnRuleMapper addOns,
            AssetLimitMapper assetLimits,
            IncomeRuleMapper incomeRules) {
        this.standards = standards;
        this.addOns = addOns;
        this.assetLimits = assetLimits;
        this.incomeRules = incomeRules;
    }

    @Transactional(readOnly = true)
    public AllowanceRules validOn(String countyCode, Area area, LocalDate date) {
        return new AllowanceRules(
                countyCode,
                area,
                date,
                standards.findValidOn(countyCode, area, date).stream().findFirst().orElse(null),
                addOns.findValidOn(countyCode, date),
                assetLimits.findValidOn(countyCode, date),
                incomeRules.findValidOn(countyCode, date).stream().findFirst().orElse(null));
    }
}
