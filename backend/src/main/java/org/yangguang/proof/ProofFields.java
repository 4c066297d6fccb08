package org.yangguang.proof;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.yangguang.common.Violations;
import org.yangguang.process.StepFields;
import org.yangguang.process.StepInput;

/** The burden-of-proof steps' own fields (months, required money) over {@link StepFields}; each problem is a field violation. */
final class ProofFields {

    private ProofFields() {}

    static YearMonth month(StepInput input, String field, YearMonth latest, Violations violations) {
        String text = StepFields.text(input, field, violations);
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
        String text = StepFields.text(input, field, violations);
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
