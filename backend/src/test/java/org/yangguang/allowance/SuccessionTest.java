package org.yangguang.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yangguang.common.Violation;
import org.yangguang.common.Violations;
import org.yangguang.common.InvalidInputException;

class SuccessionTest {

    private final Violations violations = new Violations();

    @Test
    void aNewStandardClosesTheOpenOneTheDayBeforeItStarts() {
        Optional<Succession.Closing> closing =
                Succession.plan(List.of(standard(7, "2026-01-01", null)), date("2027-01-01"), null, violations);

        assertThat(closing).contains(new Succession.Closing(7, date("2026-12-31")));
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void aNewStandardStartingTheSameDayAsTheOpenOneOverlapsIt() {
        Optional<Succession.Closing> closing =
                Succession.plan(List.of(standard(7, "2026-01-01", null)), date("2026-01-01"), null, violations);

        assertThat(closing).isEmpty();
        assertThat(fields()).containsExactly("validFrom");
    }

    @Test
    void aPeriodBeforeEveryExistingOneIsAllowedAndClosesNothing() {
        Optional<Succession.Closing> closing = Succession.plan(
                List.of(standard(7, "2026-01-01", null)), date("2025-01-01"), date("2025-12-31"), violations);

        assertThat(closing).isEmpty();
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void anOpenPeriodBeforeAnExistingOneOverlapsIt() {
        Succession.plan(List.of(standard(7, "2026-01-01", null)), date("2025-01-01"), null, violations);

        assertThat(fields()).containsExactly("validFrom");
    }

    @Test
    void aPeriodInsideAClosedOneOverlapsIt() {
        Succession.plan(List.of(standard(7, "2025-01-01", "2025-12-31")), date("2025-06-01"), null, violations);

        assertThat(fields()).containsExactly("validFrom");
    }

    @Test
    void aPeriodAfterAClosedOneIsAllowed() {
        Optional<Succession.Closing> closing = Succession.plan(
                List.of(standard(7, "2025-01-01", "2025-12-31")), date("2026-01-01"), null, violations);

        assertThat(closing).isEmpty();
        assertThat(violations.isEmpty()).isTrue();
    }

    private List<String> fields() {
        try {
            violations.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
    }

    private static Standard standard(long id, String from, String to) {
        return new Standard(
                id, "511999000000", Area.RURAL, new BigDecimal("650.00"), date(from), to == null ? null : date(to));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
