/**
 * Idempotent writes: a POST, PUT, PATCH or DELETE under {@code /api/} that carries header {@code
 * Idempotency-Key} takes effect once per signed-in officer and key. The first answer (status, body)
 * is kept for the configured retention and given again to a repeat of the same request; the same
 * key on a different request is refused (422), and a repeat while the first is still running gets
 * 409.
 */
package org.yangguang.idempotency;
