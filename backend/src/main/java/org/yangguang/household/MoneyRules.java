package org.yangguang.household;

import java.math.BigDecimal;
import org.yangguang.common.Violations;

/**
 * Declared amounts in yuan: present, not negative, whole fen (two decimals at most) and below
 * the ceiling of the amount columns. The ceiling guards the storage shape, not a policy.
 */
final class MoneyRules {

    static final BigDecimal CEILING = new BigDecimal("10000000");
    static final int MAX_DECIMALS = 2;

    private MoneyRules() {}

    static void checkRequired(BigDecimal amount, String field, Violations violations) {
        if (amount == null) {
            violations.add(field, "household.money.required");
        } else if (amount.signum() < 0) {
            violations.add(field, "household.money.negative");
        } else if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            violations.add(field, "household.money.scale", MAX_DECIMALS);
        } else {
            violations.addIf(amount.compareTo(CEILING) >= 0, field, "household.money.tooLarge", CEILING);
        }
    }
}
