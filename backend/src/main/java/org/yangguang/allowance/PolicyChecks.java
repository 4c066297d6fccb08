package org.yangguang.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.yangguang.common.Violations;
import org.yangguang.region.RegionKind;
import org.yangguang.region.RegionService;

/** Field rules shared by every policy table: the county, the validity period, money and rates. */
@Component
class PolicyChecks {

    private final RegionService regions;

    PolicyChecks(RegionService regions) {
        this.regions = regions;
    }

    void county(String countyCode, Violations violations) {
        if (!CountyCodes.isCountyCode(countyCode)) {
            violations.add("countyCode", "allowance.county.format");
        } else if (regions.find(countyCode).filter(r -> r.kind() == RegionKind.COUNTY).isEmpty()) {
            violations.add("countyCode", "allowance.county.unknown", countyCode);
        }
    }

    static void period(LocalDate from, LocalDate to, Violations violations) {
        violations.addIf(from == null, "validFrom", "allowance.validFrom.required");
        violations.addIf(from != null && to != null && to.isBefore(from), "validTo", "allowance.validTo.beforeFrom");
    }

    /** Money greater than zero with at most two decimals. */
    static void positiveMoney(BigDecimal amount, String field, Violations violations) {
        if (amount == null || amount.signum() <= 0) {
            violations.add(field, "allowance.money.positive");
        } else {
            violations.addIf(amount.stripTrailingZeros().scale() > 2, field, "allowance.money.scale");
        }
    }

    /** Money of zero or more with at most two decimals; null passes (the bound is not set). */
    static void optionalMoney(BigDecimal amount, String field, Violations violations) {
        if (amount != null) {
            violations.addIf(amount.signum() < 0, field, "allowance.number.negative");
            violations.addIf(amount.stripTrailingZeros().scale() > 2, field, "allowance.money.scale");
        }
    }

    /** A fraction with at most four decimals, above {@code 0} (or at it when allowed) and at most 1. */
    static void rate(BigDecimal rate, boolean zeroAllowed, String field, Violations violations) {
        boolean tooLow = rate == null || rate.signum() < 0 || (!zeroAllowed && rate.signum() == 0);
        if (tooLow || rate.compareTo(BigDecimal.ONE) > 0) {
            violations.add(field, zeroAllowed ? "allowance.rate.range.zero" : "allowance.rate.range");
        } else {
            violations.addIf(rate.stripTrailingZeros().scale() > 4, field, "allowance.rate.scale");
        }
    }
}
