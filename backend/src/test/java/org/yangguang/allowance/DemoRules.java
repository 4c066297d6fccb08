package org.yangguang.allowance;

import static org.yangguang.household.AssetType.BUSINESS;
import static org.yangguang.household.AssetType.DEPOSIT;
import static org.yangguang.household.AssetType.INSURANCE;
import static org.yangguang.household.AssetType.REAL_ESTATE;
import static org.yangguang.household.AssetType.SECURITIES;
import static org.yangguang.household.AssetType.VEHICLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The demo county's rules (valid from 2026-01-01) as the database would return them for a date. */
final class DemoRules {

    static final String COUNTY = "511999000000";
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private DemoRules() {}

    static AllowanceRules on(LocalDate date, Area area, BigDecimal wageCostDeductionRate) {
        if (date.isBefore(FROM)) {
            return new AllowanceRules(COUNTY, area, date, null, List.of(), List.of(), null);
        }
        BigDecimal amount = new BigDecimal(area == Area.RURAL ? "650.00" : "850.00");
        return new AllowanceRules(
                COUNTY,
                area,
                date,
                new Standard(1L, COUNTY, area, amount, FROM, null),
                List.of(
                        addOn(AddOnCategory.ELDERLY, 60, "0.1000"),
                        addOn(AddOnCategory.MINOR, 18, "0.1000"),
                        addOn(AddOnCategory.SEVERE_DISABILITY, 2, "0.2000"),
                        addOn(AddOnCategory.SERIOUS_ILLNESS, null, "0.2000")),
                List.of(
                        new AssetLimit(1L, COUNTY, List.of(DEPOSIT, SECURITIES, INSURANCE), null,
                                new BigDecimal("24.00"), null, FROM, null),
                        new AssetLimit(2L, COUNTY, List.of(VEHICLE), 0, null, null, FROM, null),
                        new AssetLimit(3L, COUNTY, List.of(REAL_ESTATE), 1, null, null, FROM, null),
                        new AssetLimit(4L, COUNTY, List.of(BUSINESS), null, null, new BigDecimal("0.00"), FROM, null)),
                new IncomeRule(1L, COUNTY, wageCostDeductionRate, FROM, null));
    }

    /** The arithmetic under these rules, with reasons from the real message bundle. */
    static Assessment assess(AllowanceInput input, BigDecimal wageCostDeductionRate, Locale locale) {
        AllowanceRules rules = on(input.asOf(), Area.of(input.regionKind()), wageCostDeductionRate);
        return new AllowanceArithmetic(new ReasonTexts(messages(), locale)).assess(input, rules);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/allowance");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static AddOnRule addOn(AddOnCategory category, Integer threshold, String rate) {
        return new AddOnRule(null, COUNTY, category, threshold, new BigDecimal(rate), FROM, null);
    }
}
