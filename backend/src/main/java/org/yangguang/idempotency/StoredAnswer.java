package org.yangguang.idempotency;

/** The first answer to a request with an idempotency key, as given again to its repeats. */
public record StoredAnswer(int status, String contentType, String location, byte[] body) {}
