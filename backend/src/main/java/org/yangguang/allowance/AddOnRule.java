package org.yangguang.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A category add-on: {@code rate} (a fraction of the standard) for each member of the category. */
public record AddOnRule(
        Long id,
        String countyCode,
        AddOnCategory category,
        Integer threshold,
        BigDecimal rate,
        LocalDate validFrom,
        LocalDate validTo)
        implements ValidityPeriod {}
