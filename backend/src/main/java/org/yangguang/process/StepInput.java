package org.yangguang.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The body of {@code POST /api/tasks/{id}/complete}: decision, opinion and the step's own fields. */
public record StepInput(String decision, String opinion, ObjectNode fields) {

    public static StepInput of(JsonNode body) {
        ObjectNode fields = body != null && body.isObject()
                ? ((ObjectNode) body).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        String decision = text(fields.remove("decision"));
        String opinion = text(fields.remove("opinion"));
        return new StepInput(decision, opinion, fields);
    }

    public boolean hasOpinion() {
        return opinion != null && !opinion.isBlank();
    }

    public JsonNode field(String name) {
        return fields.get(name);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText().trim();
    }
}
