package org.yangguang.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 400 with one entry per offending field; thrown before anything is stored. */
public class InvalidInputException extends ApiException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, "error.invalidInput");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
