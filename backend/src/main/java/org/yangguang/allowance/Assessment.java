package org.yangguang.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of the 补差 calculation. Money has two decimals; {@code monthlyAmount} is whole yuan
 * (rounded up), 0.00 when the household is not eligible, and then {@code reasons} says why.
 * {@code standard} is null when no standard applies on {@code asOf}.
 */
public record Assessment(
        LocalDate asOf,
        String area,
        BigDecimal standard,
        int members,
        BigDecimal householdNetIncome,
        BigDecimal perCapitaIncome,
        BigDecimal baseAmount,
        List<AddOn> addOns,
        BigDecimal monthlyAmount,
        boolean eligible,
        List<Reason> reasons) {}
