package org.yangguang.idempotency.internal;

import java.time.Instant;

/** A stored key: the request it was first used for and, once that request is done, its answer. */
public record KeyRecord(
        String method,
        String path,
        String requestHash,
        Integer status,
        String contentType,
        String location,
        byte[] body,
        Instant createdAt) {}
