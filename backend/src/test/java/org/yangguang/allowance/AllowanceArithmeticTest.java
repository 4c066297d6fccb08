package org.yangguang.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.region.RegionKind;

/**
 * The 补差 arithmetic under the demo county's rules: rural standard 650.00, urban 850.00;
 * add-ons elderly (60+) and minor (under 18) 0.10, disability grade 1–2 and serious illness 0.20;
 * deposits, securities and insurance up to 24 months of the standard per member, no vehicle, one
 * home, no business assets. Notation of the table: see {@link Households}.
 */
class AllowanceArithmeticTest {

    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # case                                                | lives in  | as of      | members        | incomes                                            | assets                               | support  | wage cost | per capita | add-ons                                          | monthly | reasons
        one person with wages gets the gap to the standard     | VILLAGE   | 2026-07-01 | 40             | WAGE 300                                           | -                                    | -        | 0         | 300.00     | -                                                | 350.00  | -
        wages count after the deduction for employment costs   | VILLAGE   | 2026-07-01 | 40             | WAGE 500                                           | -                                    | -        | 0.2000    | 400.00     | -                                                | 250.00  | -
        excluded income is not counted                         | VILLAGE   | 2026-07-01 | 40             | WAGE 300, EXCLUDED 1000                            | -                                    | -        | 0         | 300.00     | -                                                | 350.00  | -
        business property transfer and other income count     | VILLAGE   | 2026-07-01 | 40, 40         | BUSINESS 100, PROPERTY 50, TRANSFER 150, OTHER 100 | -                                    | -        | 0         | 200.00     | -                                                | 900.00  | -
        support from supporters counts as income               | VILLAGE   | 2026-07-01 | 40, 40         | WAGE 500                                           | -                                    | 100, 200 | 0         | 400.00     | -                                                | 500.00  | -
        an elderly member adds a tenth of the standard         | VILLAGE   | 2026-07-01 | 70             | -                                                  | -                                    | -        | 0         | 0.00       | ELDERLY 65.00                                    | 715.00  | -
        a member turning 60 that day is elderly                | VILLAGE   | 2026-07-01 | 60             | -                                                  | -                                    | -        | 0         | 0.00       | ELDERLY 65.00                                    | 715.00  | -
        a child adds the minor rate                            | VILLAGE   | 2026-07-01 | 40, 8          | WAGE 600                                           | -                                    | -        | 0         | 300.00     | MINOR 65.00                                      | 765.00  | -
        a member turning 18 that day is no longer a minor      | VILLAGE   | 2026-07-01 | 40, 18         | WAGE 600                                           | -                                    | -        | 0         | 300.00     | -                                                | 700.00  | -
        a grade 2 disability adds a fifth                      | VILLAGE   | 2026-07-01 | 30/g2          | -                                                  | -                                    | -        | 0         | 0.00       | SEVERE_DISABILITY 130.00                         | 780.00  | -
        a grade 3 disability adds nothing                      | VILLAGE   | 2026-07-01 | 30/g3          | -                                                  | -                                    | -        | 0         | 0.00       | -                                                | 650.00  | -
        a seriously ill member adds a fifth                    | VILLAGE   | 2026-07-01 | 45/ill         | -                                                  | -                                    | -        | 0         | 0.00       | SERIOUS_ILLNESS 130.00                           | 780.00  | -
        a member in several categories gets the highest only   | VILLAGE   | 2026-07-01 | 70/g1/ill      | -                                                  | -                                    | -        | 0         | 0.00       | SEVERE_DISABILITY 130.00                         | 780.00  | -
        an elderly ill member gets the illness rate only       | VILLAGE   | 2026-07-01 | 75/ill         | -                                                  | -                                    | -        | 0         | 0.00       | SERIOUS_ILLNESS 130.00                           | 780.00  | -
        each member gets their own add-on                      | VILLAGE   | 2026-07-01 | 70, 8, 30/g2   | WAGE 900                                           | -                                    | -        | 0         | 300.00     | ELDERLY 65.00, MINOR 65.00, SEVERE_DISABILITY 130.00 | 1310.00 | -
        the monthly amount is rounded up to the whole yuan     | VILLAGE   | 2026-07-01 | 40, 40, 40     | WAGE 1000                                          | -                                    | -        | 0         | 333.33     | -                                                | 951.00  | -
        income at the standard is refused                      | VILLAGE   | 2026-07-01 | 40             | WAGE 650                                           | -                                    | -        | 0         | 650.00     | -                                                | 0.00    | INCOME_NOT_BELOW_STANDARD
        income above the standard is refused                   | VILLAGE   | 2026-07-01 | 40             | WAGE 700                                           | -                                    | -        | 0         | 700.00     | -                                                | 0.00    | INCOME_NOT_BELOW_STANDARD
        deposits of 24 months of the standard are allowed      | VILLAGE   | 2026-07-01 | 40             | -                                                  | DEPOSIT 15600                        | -        | 0         | 0.00       | -                                                | 650.00  | -
        deposits over 24 months of the standard are refused    | VILLAGE   | 2026-07-01 | 40             | -                                                  | DEPOSIT 10000, SECURITIES 5000, INSURANCE 601 | - | 0        | 0.00       | -                                                | 0.00    | ASSET_LIMIT_EXCEEDED
        the deposit limit grows with the members               | VILLAGE   | 2026-07-01 | 40, 40         | -                                                  | DEPOSIT 31200                        | -        | 0         | 0.00       | -                                                | 1300.00 | -
        an exempt vehicle is allowed                           | VILLAGE   | 2026-07-01 | 40             | -                                                  | VEHICLE 30000 exempt                 | -        | 0         | 0.00       | -                                                | 650.00  | -
        a vehicle that is not exempt is refused                | VILLAGE   | 2026-07-01 | 40             | -                                                  | VEHICLE 30000                        | -        | 0         | 0.00       | -                                                | 0.00    | ASSET_LIMIT_EXCEEDED
        one home is allowed                                    | VILLAGE   | 2026-07-01 | 40             | -                                                  | REAL_ESTATE 200000                   | -        | 0         | 0.00       | -                                                | 650.00  | -
        a second home is refused                               | VILLAGE   | 2026-07-01 | 40             | -                                                  | REAL_ESTATE 200000, REAL_ESTATE 1000 | -        | 0         | 0.00       | -                                                | 0.00    | ASSET_LIMIT_EXCEEDED
        exempt production assets are allowed                   | VILLAGE   | 2026-07-01 | 40             | -                                                  | BUSINESS 5000 exempt                 | -        | 0         | 0.00       | -                                                | 650.00  | -
        business assets are refused                            | VILLAGE   | 2026-07-01 | 40             | -                                                  | BUSINESS 5000                        | -        | 0         | 0.00       | -                                                | 0.00    | ASSET_LIMIT_EXCEEDED
        every reason is reported at once                       | VILLAGE   | 2026-07-01 | 40             | WAGE 700                                           | VEHICLE 30000                        | -        | 0         | 700.00     | -                                                | 0.00    | INCOME_NOT_BELOW_STANDARD, ASSET_LIMIT_EXCEEDED
        a community household has the urban standard          | COMMUNITY | 2026-07-01 | 40             | WAGE 300                                           | -                                    | -        | 0         | 300.00     | -                                                | 550.00  | -
        a village household has the rural standard            | VILLAGE   | 2026-07-01 | 40             | WAGE 300                                           | -                                    | -        | 0         | 300.00     | -                                                | 350.00  | -
        no standard for the date is refused                    | VILLAGE   | 2025-12-31 | 40             | WAGE 300                                           | -                                    | -        | 0         | 300.00     | -                                                | 0.00    | NO_STANDARD
        a household without members is refused                 | VILLAGE   | 2026-07-01 | -              | -                                                  | -                                    | -        | 0         | 0.00       | -                                                | 0.00    | NO_MEMBERS
        """)
    void assessesTheHousehold(
            String description,
            RegionKind livesIn,
            LocalDate asOf,
            String members,
            String incomes,
            String assets,
            String support,
            BigDecimal wageCostRate,
            BigDecimal perCapita,
            String addOns,
            BigDecimal monthly,
            String reasons) {
        AllowanceInput input = Households.parse(livesIn, asOf, members, incomes, assets, support);

        Assessment assessment = DemoRules.assess(input, wageCostRate, Locale.SIMPLIFIED_CHINESE);

        assertThat(assessment.perCapitaIncome()).isEqualByComparingTo(perCapita);
        assertThat(assessment.addOns())
                .extracting(addOn -> addOn.category() + " " + addOn.amount())
                .containsExactlyElementsOf(list(addOns));
        assertThat(assessment.monthlyAmount()).isEqualTo(monthly);
        assertThat(assessment.reasons()).extracting(Reason::code).containsExactlyElementsOf(list(reasons));
        assertThat(assessment.eligible()).isEqualTo(reasons == null);
    }

    @Test
    void theAssessmentShowsEveryFigureOfTheCalculation() {
        AllowanceInput input = Households.parse(RegionKind.VILLAGE, JULY, "70, 40", "WAGE 501", null, "100");

        Assessment assessment = DemoRules.assess(input, BigDecimal.ZERO, Locale.SIMPLIFIED_CHINESE);

        assertThat(assessment.asOf()).isEqualTo(JULY);
        assertThat(assessment.area()).isEqualTo("RURAL");
        assertThat(assessment.standard()).isEqualTo(new BigDecimal("650.00"));
        assertThat(assessment.members()).isEqualTo(2);
        assertThat(assessment.householdNetIncome()).isEqualTo(new BigDecimal("601.00"));
        assertThat(assessment.perCapitaIncome()).isEqualTo(new BigDecimal("300.50"));
        assertThat(assessment.baseAmount()).isEqualTo(new BigDecimal("699.00"));
        assertThat(assessment.addOns())
                .containsExactly(new AddOn("m1", AddOnCategory.ELDERLY, new BigDecimal("0.1000"), new BigDecimal("65.00")));
        assertThat(assessment.monthlyAmount()).isEqualTo(new BigDecimal("764.00"));
        assertThat(assessment.eligible()).isTrue();
        assertThat(assessment.reasons()).isEmpty();
    }

    @Test
    void anAmountWithFenIsRoundedUpToTheNextYuan() {
        AllowanceInput input = Households.parse(RegionKind.VILLAGE, JULY, "40, 40", "WAGE 0.40", null, null);

        Assessment assessment = DemoRules.assess(input, BigDecimal.ZERO, Locale.SIMPLIFIED_CHINESE);

        assertThat(assessment.baseAmount()).isEqualTo(new BigDecimal("1299.60"));
        assertThat(assessment.monthlyAmount()).isEqualTo(new BigDecimal("1300.00"));
    }

    private static List<String> list(String commaList) {
        return commaList == null ? List.of() : List.of(commaList.split(",\\s*"));
    }
}
