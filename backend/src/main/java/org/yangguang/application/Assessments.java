package org.yangguang.application;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.yangguang.allowance.AllowanceCalculator;
import org.yangguang.allowance.AllowanceInput;
import org.yangguang.allowance.AssetInput;
import org.yangguang.allowance.Assessment;
import org.yangguang.allowance.IncomeInput;
import org.yangguang.allowance.PersonInput;
import org.yangguang.household.Household;
import org.yangguang.household.Supporter;
import org.yangguang.region.RegionService;

/** Assesses a stored household against the allowance rules valid on a day. */
@Component
public class Assessments {

    private final AllowanceCalculator calculator;
    private final RegionService regions;

    Assessments(AllowanceCalculator calculator, RegionService regions) {
        this.calculator = calculator;
        this.regions = regions;
    }

    public Assessment assess(Household household, LocalDate asOf) {
        AllowanceInput input = new AllowanceInput(
                household.regionCode(),
                regions.require(household.regionCode()).kind(),
                asOf,
                household.members().stream()
                        .map(m -> new PersonInput(m.idNumber(), m.birthDate(), m.disabilityGrade(), m.seriousIllness()))
                        .toList(),
                household.incomes().stream()
                        .map(i -> new IncomeInput(i.memberIdNumber(), i.type(), i.monthlyAmount()))
                        .toList(),
                household.assets().stream()
                        .map(a -> new AssetInput(a.memberIdNumber(), a.type(), a.value(), a.exempt()))
                        .toList(),
                household.supporters().stream()
                        .map(Supporter::monthlySupport)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        return calculator.assess(input);
    }
}
