package org.yangguang.allowance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Household monthly net income: wages less the deducted share of employment costs, plus business,
 * property, transfer and other income, plus every supporter's monthly support (transfer income).
 * EXCLUDED items do not count. The sum is rounded to the fen and never negative (a business loss
 * cannot raise the allowance above the full standard).
 */
final class HouseholdIncome {

    private HouseholdIncome() {}

    static BigDecimal monthlyNet(AllowanceInput input, BigDecimal wageCostDeductionRate) {
        BigDecimal wageShare = BigDecimal.ONE.subtract(wageCostDeductionRate);
        BigDecimal sum = BigDecimal.ZERO;
        for (IncomeInput income : input.incomes()) {
            if (income.type() == null || income.monthlyAmount() == null) {
                continue;
            }
            sum = sum.add(
                    switch (income.type()) {
                        case WAGE -> income.monthlyAmount().multiply(wageShare);
                        case EXCLUDED -> BigDecimal.ZERO;
                        case BUSINESS, PROPERTY, TRANSFER, OTHER -> income.monthlyAmount();
                    });
        }
        for (BigDecimal support : input.supporterMonthlySupport()) {
            sum = sum.add(support);
        }
        return sum.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }
}
