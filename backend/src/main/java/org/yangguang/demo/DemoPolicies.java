package org.yangguang.demo;

import static org.yangguang.household.AssetType.BUSINESS;
import static org.yangguang.household.AssetType.DEPOSIT;
import static org.yangguang.household.AssetType.INSURANCE;
import static org.yangguang.household.AssetType.REAL_ESTATE;
import static org.yangguang.household.AssetType.SECURITIES;
import static org.yangguang.household.AssetType.VEHICLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.allowance.AddOnCategory;
import org.yangguang.allowance.AddOnRule;
import org.yangguang.allowance.AddOnRuleService;
import org.yangguang.allowance.Area;
import org.yangguang.allowance.AssetLimit;
import org.yangguang.allowance.AssetLimitService;
import org.yangguang.allowance.IncomeRule;
import org.yangguang.allowance.IncomeRuleService;
import org.yangguang.allowance.Standard;
import org.yangguang.allowance.StandardService;
import org.yangguang.calendar.CalendarService;
import org.yangguang.household.AssetType;

/**
 * Loads the 2026 working-day calendar and 阳光县's allowance policies (after {@link DemoData},
 * whose county they belong to). Each table is loaded only when empty.
 *
 * <p>Demo data: the amounts are invented for 阳光县, and the holidays follow the 2026 arrangement
 * of the State Council as the developers understood it. An administrator (calendar) and the
 * county bureau (policies) must check them before real use.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "yangguang.demo-data.enabled", havingValue = "true")
class DemoPolicies implements ApplicationRunner {

    private static final String LOADER = "demo-data";
    private static final String COUNTY = "511999000000";
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final Logger log = LoggerFactory.getLogger(DemoPolicies.class);

    private final CalendarService calendar;
    private final StandardService standards;
    private final AddOnRuleService addOns;
    private final AssetLimitService assetLimits;
    private final IncomeRuleService incomeRules;

    DemoPolicies(
            CalendarService calendar,
            StandardService standards,
            AddOnRuleService addOns,
            AssetLimitService assetLimits,
            IncomeRuleService incomeRules) {
        this.calendar = calendar;
        this.standards = standards;
        this.addOns = addOns;
        this.assetLimits = assetLimits;
        this.incomeRules = incomeRules;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (calendar.isEmpty()) {
            DemoHolidays2026.DAYS.forEach(day -> calendar.setDay(day.day(), day.kind(), day.name(), LOADER));
            log.info("Loaded the demo calendar: {} days of 2026", DemoHolidays2026.DAYS.size());
        }
        if (standards.isEmpty()) {
            standards.add(new Standard(null, COUNTY, Area.RURAL, money("650.00"), FROM, null), LOADER);
            standards.add(new Standard(null, COUNTY, Area.URBAN, money("850.00"), FROM, null), LOADER);
            log.info("Loaded the demo standards of {}", COUNTY);
        }
        if (addOns.isEmpty()) {
            addOn(AddOnCategory.ELDERLY, 60, "0.10");
            addOn(AddOnCategory.MINOR, 18, "0.10");
            addOn(AddOnCategory.SEVERE_DISABILITY, 2, "0.20");
            addOn(AddOnCategory.SERIOUS_ILLNESS, null, "0.20");
        }
        if (assetLimits.isEmpty()) {
            limit(List.of(DEPOSIT, SECURITIES, INSURANCE), null, money("24"), null);
            limit(List.of(VEHICLE), 0, null, null);
            limit(List.of(REAL_ESTATE), 1, null, null);
            limit(List.of(BUSINESS), null, null, money("0"));
        }
        if (incomeRules.isEmpty()) {
            incomeRules.add(new IncomeRule(null, COUNTY, new BigDecimal("0.0000"), FROM, null), LOADER);
        }
    }

    private void addOn(AddOnCategory category, Integer threshold, String rate) {
        addOns.add(new AddOnRule(null, COUNTY, category, threshold, new BigDecimal(rate), FROM, null), LOADER);
    }

    private void limit(List<AssetType> types, Integer count, BigDecimal months, BigDecimal value) {
        assetLimits.add(new AssetLimit(null, COUNTY, types, count, months, value, FROM, null), LOADER);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
