package org.yangguang.common;

import org.springframework.http.HttpStatus;

/** 403: the caller may not do this (role, or a write outside the caller's jurisdiction). */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String messageKey, Object... args) {
        super(HttpStatus.FORBIDDEN, messageKey, args);
    }
}
