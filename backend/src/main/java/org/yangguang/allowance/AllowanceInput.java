package org.yangguang.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.region.RegionKind;

/**
 * A household as the calculation needs it: where it lives (which county's rules, rural or urban),
 * the date whose rules apply, its members, income items and assets, and the monthly support each
 * supporter living elsewhere pays. Missing lists are empty.
 */
public record AllowanceInput(
        String regionCode,
        RegionKind regionKind,
        LocalDate asOf,
        List<PersonInput> members,
        List<IncomeInput> incomes,
        List<AssetInput> assets,
        List<BigDecimal> supporterMonthlySupport) {

    public AllowanceInput {
        members = members == null ? List.of() : List.copyOf(members);
        incomes = incomes == null ? List.of() : List.copyOf(incomes);
        assets = assets == null ? List.of() : List.copyOf(assets);
        supporterMonthlySupport = supporterMonthlySupport == null ? List.of() : List.copyOf(supporterMonthlySupport);
    }
}
