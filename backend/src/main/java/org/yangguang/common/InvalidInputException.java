package org.yangguang.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 400 (or 409/422) with one entry per offending field; thrown before anything is stored. */
public class InvalidInputException extends ApiException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        this(HttpStatus.BAD_REQUEST, violations);
    }

    public InvalidInputException(HttpStatus status, List<Violation> violations) {
        super(status, status == HttpStatus.BAD_REQUEST ? "error.invalidInput" : "error.rulesBroken");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
