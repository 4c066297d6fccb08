package org.yangguang.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How a county counts income: the share of wages deducted as necessary employment costs. */
public record IncomeRule(
        Long id, String countyCode, BigDecimal wageCostDeductionRate, LocalDate validFrom, LocalDate validTo)
        implements ValidityPeriod {}
