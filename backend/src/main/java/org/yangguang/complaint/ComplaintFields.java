package org.yangguang.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import org.yangguang.common.PlainText;
import org.yangguang.common.Violations;
import org.yangguang.process.StepInput;

/** A required plain-text field of a complaint step, at most {@link ComplaintIntake#MAX_CONTENT} characters. */
final class ComplaintFields {

    private ComplaintFields() {}

    static String requiredText(StepInput input, String field, Violations violations) {
        JsonNode node = input.field(field);
        String text = node == null || node.isNull() ? null : PlainText.of(node.asText());
        violations.addIf(text == null, field, "step.field.required");
        violations.addIf(text != null && text.length() > ComplaintIntake.MAX_CONTENT, field, "complaint.text.tooLong",
                ComplaintIntake.MAX_CONTENT);
        return text;
    }
}
