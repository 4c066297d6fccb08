package org.yangguang.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yangguang.region.RegionKind;

/** A refusal names the figures that decided it, in Chinese by default, in English on request. */
class RefusalReasonsTest {

    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    @Test
    void aRefusalForIncomeNamesTheFiguresInChinese() {
        AllowanceInput input = Households.parse(RegionKind.VILLAGE, JULY, "40", "WAGE 700", null, null);

        List<Reason> reasons = DemoRules.assess(input, BigDecimal.ZERO, Locale.SIMPLIFIED_CHINESE).reasons();

        assertThat(reasons).containsExactly(
                new Reason("INCOME_NOT_BELOW_STANDARD", "人均收入 700.00 元不低于保障标准 650.00 元"));
    }

    @Test
    void aRefusalForAssetsNamesTheTypesTheSumAndTheLimit() {
        AllowanceInput input =
                Households.parse(RegionKind.VILLAGE, JULY, "40", null, "DEPOSIT 12000, INSURANCE 4000", null);

        List<Reason> reasons = DemoRules.assess(input, BigDecimal.ZERO, Locale.SIMPLIFIED_CHINESE).reasons();

        assertThat(reasons).extracting(Reason::message).containsExactly(
                "存款、有价证券、商业保险合计 16000.00 元，超过上限 15600.00 元（24 个月保障标准 × 1 人）");
    }

    @Test
    void aRefusalForAVehicleNamesTheCount() {
        AllowanceInput input = Households.parse(RegionKind.VILLAGE, JULY, "40", null, "VEHICLE 30000", null);

        assertThat(DemoRules.assess(input, BigDecimal.ZERO, Locale.SIMPLIFIED_CHINESE).reasons())
                .extracting(Reason::message)
                .containsExactly("机动车辆共 1 项，超过上限 0 项");
    }

    @Test
    void aMissingStandardNamesTheDateTheCountyAndTheArea() {
        AllowanceInput input = Households.parse(RegionKind.COMMUNITY, LocalDate.of(2025, 12, 31), "40", null, null, null);

        assertThat(DemoRules.assess(input, BigDecimal.ZERO, Locale.SIMPLIFIED_CHINESE).reasons())
                .extracting(Reason::message)
                .containsExactly("2025-12-31 没有适用于 511999000000（城市）的有效保障标准");
    }

    @Test
    void reasonsCanBeWrittenInEnglish() {
        AllowanceInput input =
                Households.parse(RegionKind.VILLAGE, JULY, "40", "WAGE 700", "DEPOSIT 16000", null);

        assertThat(DemoRules.assess(input, BigDecimal.ZERO, Locale.ENGLISH).reasons())
                .extracting(Reason::message)
                .containsExactly(
                        "Per-capita income 700.00 yuan is not below the standard of 650.00 yuan",
                        "deposits, securities, commercial insurance: 16000.00 yuan in all, more than the limit of"
                                + " 15600.00 yuan (24 months of the standard × 1 member(s))");
    }
}
