package org.yangguang.household;

import java.math.BigDecimal;

/** One monthly income item of a member. */
public record IncomeForm(String memberIdNumber, IncomeType type, BigDecimal monthlyAmount, String note) {}
