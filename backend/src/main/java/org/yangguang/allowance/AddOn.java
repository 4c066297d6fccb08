package org.yangguang.allowance;

import java.math.BigDecimal;

/** The add-on one member receives: the category with the highest rate among those that apply. */
public record AddOn(String memberIdNumber, AddOnCategory category, BigDecimal rate, BigDecimal amount) {}
