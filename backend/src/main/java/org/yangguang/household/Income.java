package org.yangguang.household;

import java.math.BigDecimal;

/** A stored monthly income item. */
public record Income(String memberIdNumber, IncomeType type, BigDecimal monthlyAmount, String note) {}
