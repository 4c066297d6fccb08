package org.yangguang.proof;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.yangguang.common.Violations;
import org.yangguang.process.StepInput;

/** Reading the burden-of-proof steps' fields; each problem is a field violation. */
final class ProofFields {

    private ProofFields() {}

    static String text(StepInput input, String field, Violations violations) {
        JsonNode node = input.field(field);
        String text = node == null || node.isNull() ? "" : node.asText().trim();
        violations.addIf(text.isEmpty(), field, "step.field.required");
        return text.isEmpty() ? null : text;
    }

    static LocalDate pastDate(StepInput input, String field, LocalDate today, Violations violations) {
        String text = text(input, field, violations);
        try {
            LocalDate date = text == null ? null : LocalDate.parse(text);
            violations.addIf(date != null && date.isAfter(today), field, "step.date.future");
            return date;
        } catch (DateTimeParseException e) {
            violations.add(field, "step.date.format");
            return null;
        }
    }

    static YearMonth month(StepInput input, String field, YearMonth latest, Violations violations) {
        String text = text(input, field, violations);
        try {
            YearMonth month = text == null ? null : YearMonth.parse(text);
            violations.addIf(month != null && month.isAfter(latest), field, "proof.month.future");
            return month;
        } catch (DateTimeParseException e) {
            violations.add(field, "proof.month.format");
            return null;
        }
    }

    static BigDecimal money(StepInput input, String field, Violations violations) {
        String text = text(input, field, violations);
        try {
            BigDecimal amount = text == null ? null : new BigDecimal(text);
            if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2)) {
                violations.add(field, "step.money.invalid");
                return null;
            }
            return amount == null ? null : amount.setScale(2);
        } catch (NumberFormatException e) {
            violations.add(field, "step.money.invalid");
            return null;
        }
    }
}
