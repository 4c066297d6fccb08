package org.yangguang.proof;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** JSON in and out of timeline details. */
@Component
class ProofDetails {

    private final ObjectMapper json;

    ProofDetails(ObjectMapper json) {
        this.json = json;
    }

    String json(Object detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode read(String detail) {
        try {
            return json.readTree(detail == null ? "{}" : detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable step detail", e);
        }
    }
}
