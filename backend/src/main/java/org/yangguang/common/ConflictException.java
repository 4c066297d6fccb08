package org.yangguang.common;

import org.springframework.http.HttpStatus;

/** 409: the request clashes with the current state (already exists, already completed). */
public class ConflictException extends ApiException {

    public ConflictException(String messageKey, Object... args) {
        super(HttpStatus.CONFLICT, messageKey, args);
    }
}
