package org.yangguang.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.yangguang.common.logging.MaskingConverter;
import org.yangguang.household.IdNumbers;

/**
 * What the audit trail keeps of personal data: ID numbers and bank accounts masked as in the lists.
 * The trail cannot hold them sealed (its hash chain covers the text, and inspectors read it), and
 * the masked forms still show that a number changed. Fields are known by name, a field-level
 * change ({@code path}, {@code before}, {@code after}) by the name its path ends with, and any
 * other ID-number-shaped run in a text is masked too.
 */
final class PersonalDataMask {

    private static final Set<String> ID_FIELDS =
            Set.of("idNumber", "memberIdNumber", "officialIdNumber", "relatedIdNumber", "personId");
    private static final String BANK_ACCOUNT = "bankAccount";
    private static final int ACCOUNT_KEPT_TAIL = 4;

    private PersonalDataMask() {}

    /** The tree with every personal value masked, changed in place. */
    static JsonNode apply(JsonNode node) {
        if (node instanceof ObjectNode object) {
            String changed = object.path("path").isTextual() ? lastName(object.get("path").asText()) : null;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                boolean changeOf = changed != null && (name.equals("before") || name.equals("after"));
                field.setValue(masked(changeOf ? changed : name, field.getValue()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, apply(node.get(i)));
            }
        } else if (node.isTextual()) {
            return TextNode.valueOf(MaskingConverter.mask(node.asText()));
        }
        return node;
    }

    private static JsonNode masked(String name, JsonNode value) {
        if (value.isTextual() && ID_FIELDS.contains(name)) {
            return TextNode.valueOf(IdNumbers.mask(value.asText()));
        }
        if (value.isTextual() && BANK_ACCOUNT.equals(name)) {
            return TextNode.valueOf(account(value.asText()));
        }
        return apply(value);
    }

    private static String account(String account) {
        String trimmed = account.strip();
        int kept = Math.min(ACCOUNT_KEPT_TAIL, trimmed.length() / 2);
        return "*".repeat(trimmed.length() - kept) + trimmed.substring(trimmed.length() - kept);
    }

    /** {@code members[1].idNumber} → {@code idNumber}. */
    private static String lastName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
