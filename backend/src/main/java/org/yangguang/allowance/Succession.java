package org.yangguang.allowance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yangguang.common.Violations;

/**
 * How a new policy row joins the rows of the same county and kind: an open row (no end) that
 * starts earlier is closed the day before the new one starts; any other overlap is refused on
 * {@code validFrom}. Pure, so that the rule is tested without a database.
 */
final class Succession {

    private Succession() {}

    /** An existing row to be ended on {@code validTo}. */
    record Closing(long id, LocalDate validTo) {}

    static Optional<Closing> plan(
            List<? extends ValidityPeriod> sameKey, LocalDate from, LocalDate to, Violations violations) {
        Closing closing = null;
        for (ValidityPeriod existing : sameKey) {
            if (existing.validTo() == null && existing.validFrom().isBefore(from)) {
                closing = new Closing(existing.id(), from.minusDays(1));
            } else if (overlaps(existing, from, to)) {
                violations.add(
                        "validFrom",
                        "allowance.validity.overlap",
                        String.valueOf(existing.validFrom()),
                        existing.validTo() == null ? "—" : String.valueOf(existing.validTo()));
            }
        }
        return Optional.ofNullable(closing);
    }

    private static boolean overlaps(ValidityPeriod existing, LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = existing.validTo() == null || !from.isAfter(existing.validTo());
        boolean endsAfterOtherStarts = to == null || !to.isBefore(existing.validFrom());
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
