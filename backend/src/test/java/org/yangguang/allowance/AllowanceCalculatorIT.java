package org.yangguang.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.household.AssetType;
import org.yangguang.household.IncomeType;
import org.yangguang.region.RegionKind;
import org.yangguang.support.ApiIT;

/** The calculator over the stored demo rules of 阳光县. */
class AllowanceCalculatorIT extends ApiIT {

    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    @Autowired
    AllowanceCalculator calculator;

    @Test
    void aVillageHouseholdIsAssessedUnderTheRuralStandardWithItsAddOns() {
        AllowanceInput input = new AllowanceInput(
                "511999102001",
                RegionKind.VILLAGE,
                JULY,
                List.of(person("a", 70), person("b", 40)),
                List.of(new IncomeInput("b", IncomeType.WAGE, new BigDecimal("500.00"))),
                List.of(new AssetInput("a", AssetType.VEHICLE, new BigDecimal("8000"), true)),
                List.of());

        Assessment assessment = calculator.assess(input);

        assertThat(assessment.area()).isEqualTo("RURAL");
        assertThat(assessment.standard()).isEqualByComparingTo("650.00");
        assertThat(assessment.perCapitaIncome()).isEqualByComparingTo("250.00");
        assertThat(assessment.addOns()).extracting(AddOn::memberIdNumber, AddOn::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", AddOnCategory.ELDERLY));
        assertThat(assessment.monthlyAmount()).isEqualTo(new BigDecimal("865.00"));
    }

    @Test
    void aCommunityHouseholdWithACarIsRefusedWithEveryReasonInChinese() {
        AllowanceInput input = new AllowanceInput(
                "511999101003",
                RegionKind.COMMUNITY,
                JULY,
                List.of(person("a", 35)),
                List.of(new IncomeInput("a", IncomeType.WAGE, new BigDecimal("900.00"))),
                List.of(new AssetInput("a", AssetType.VEHICLE, new BigDecimal("50000"), false)),
                List.of());

        Assessment assessment = calculator.assess(input);

        assertThat(assessment.eligible()).isFalse();
        assertThat(assessment.monthlyAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(assessment.reasons()).extracting(Reason::message)
                .containsExactly("人均收入 900.00 元不低于保障标准 850.00 元", "机动车辆共 1 项，超过上限 0 项");
    }

    @Test
    void beforeTheDemoStandardsTookEffectThereIsNoStandard() {
        AllowanceInput input = new AllowanceInput(
                "511999101001", RegionKind.VILLAGE, LocalDate.of(2025, 6, 1), List.of(person("a", 50)),
                List.of(), List.of(), List.of());

        assertThat(calculator.assess(input).reasons()).extracting(Reason::code).containsExactly("NO_STANDARD");
    }

    private static PersonInput person(String id, int age) {
        return new PersonInput(id, JULY.minusYears(age).minusDays(10), 0, false);
    }
}
