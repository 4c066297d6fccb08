package org.yangguang.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.yangguang.household.AssetType;

/**
 * A limit on the household's non-exempt assets of {@code assetTypes}: at most {@code maxCount}
 * items, a value of at most {@code maxMonthsOfStandardPerCapita} months of the standard per
 * member, a value of at most {@code maxHouseholdValue}; each bound applies when set.
 */
public record AssetLimit(
        Long id,
        String countyCode,
        List<AssetType> assetTypes,
        Integer maxCount,
        BigDecimal maxMonthsOfStandardPerCapita,
        BigDecimal maxHouseholdValue,
        LocalDate validFrom,
        LocalDate validTo)
        implements ValidityPeriod {}
