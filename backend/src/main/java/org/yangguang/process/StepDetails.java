package org.yangguang.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Writes a step's fields as the JSON detail of its timeline line. */
@Component
public class StepDetails {

    private final ObjectMapper json;

    StepDetails(ObjectMapper json) {
        this.json = json;
    }

    public String of(Object detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write step detail", e);
        }
    }
}
