package org.yangguang.common;

import org.springframework.http.HttpStatus;

/** 404: the thing does not exist, or lies outside the caller's jurisdiction (which we never reveal). */
public class NotFoundException extends ApiException {

    public NotFoundException(String messageKey, Object... args) {
        super(HttpStatus.NOT_FOUND, messageKey, args);
    }
}
