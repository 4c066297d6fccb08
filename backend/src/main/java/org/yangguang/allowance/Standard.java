package org.yangguang.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The monthly minimum living standard (低保标准) of a county's rural or urban households. */
public record Standard(
        Long id, String countyCode, Area area, BigDecimal monthlyAmount, LocalDate validFrom, LocalDate validTo)
        implements ValidityPeriod {}
