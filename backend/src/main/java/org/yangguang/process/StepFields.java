package org.yangguang.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.common.Violations;

/** Reading and checking the step fields of a task completion; each problem becomes a field violation. */
public final class StepFields {

    private StepFields() {}

    public static String text(StepInput input, String field, Violations violations) {
        JsonNode node = input.field(field);
        String text = node == null || node.isNull() ? null : node.asText().trim();
        if (text == null || text.isEmpty()) {
            violations.add(field, "step.field.required");
            return null;
        }
        return text;
    }

    /** A date not in the future; {@code today} is the county's today. */
    public static LocalDate pastDate(StepInput input, String field, LocalDate today, Violations violations) {
        String text = text(input, field, violations);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            violations.addIf(date.isAfter(today), field, "step.date.future");
            return date;
        } catch (DateTimeParseException e) {
            violations.add(field, "step.date.format");
            return null;
        }
    }

    public static List<String> strings(StepInput input, String field, Violations violations) {
        JsonNode node = input.field(field);
        List<String> values = new ArrayList<>();
        if (node == null || !node.isArray()) {
            violations.add(field, "step.field.list");
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            String value = node.get(i).isTextual() ? node.get(i).asText().trim() : "";
            if (value.isEmpty()) {
                violations.add(field + "[" + i + "]", "step.field.required");
            } else {
                values.add(value);
            }
        }
        return values;
    }

    /** A head count given as a number, or as the list of the people. */
    public static int count(StepInput input, String field, Violations violations) {
        JsonNode node = input.field(field);
        if (node != null && node.isArray()) {
            return node.size();
        }
        if (node != null && node.canConvertToInt() && node.isIntegralNumber()) {
            return node.asInt();
        }
        if (node != null && node.isTextual() && node.asText().trim().matches("\\d{1,4}")) {
            return Integer.parseInt(node.asText().trim());
        }
        violations.add(field, "step.field.count");
        return 0;
    }

    /** An optional amount of money: not negative, at most two decimals. */
    public static BigDecimal optionalMoney(StepInput input, String field, Violations violations) {
        JsonNode node = input.field(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(node.asText().trim());
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                violations.add(field, "step.money.invalid");
                return null;
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            violations.add(field, "step.money.invalid");
            return null;
        }
    }
}
