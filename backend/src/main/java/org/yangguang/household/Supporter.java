package org.yangguang.household;

import java.math.BigDecimal;

/** A stored supporter with a legal duty of support. */
public record Supporter(
        String name,
        String idNumber,
        String relation,
        Integer householdSize,
        BigDecimal householdMonthlyIncome,
        BigDecimal monthlySupport) {}
