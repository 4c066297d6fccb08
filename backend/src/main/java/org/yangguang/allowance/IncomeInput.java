package org.yangguang.allowance;

import java.math.BigDecimal;
import org.yangguang.household.IncomeType;

/** One monthly income item of a member. */
public record IncomeInput(String memberIdNumber, IncomeType type, BigDecimal monthlyAmount) {}
