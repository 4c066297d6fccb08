package org.yangguang.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.yangguang.idempotency.internal.IdempotencyMapper;
import org.yangguang.idempotency.internal.KeyRecord;

/**
 * The store of idempotency keys. Claiming a key inserts its row at once (in its own short
 * transaction, before the request runs), so the database's unique (officer, key) decides which of
 * two simultaneous requests runs; the other learns that the key is taken and how.
 */
@Service
public class IdempotentRequests {

    /** Expired keys are swept at most this often (each sweep is one indexed DELETE). */
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final IdempotencyMapper keys;
    private final Clock clock;
    private final Duration retention;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    IdempotentRequests(IdempotencyMapper keys, Clock clock,
            @Value("${yangguang.idempotency.retention:24h}") Duration retention) {
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
    }

    /** What became of a claim: run the request, or answer without running it. */
    public sealed interface Claim {
        /** The key is new: run the request, then {@link #finish} or {@link #release}. */
        record Granted() implements Claim {}

        /** The same request ran before: its answer. */
        record Replay(StoredAnswer answer) implements Claim {}

        /** The key was used for another request (another method, path or body). */
        record Reused() implements Claim {}

        /** The first request with this key is still running. */
        record InFlight() implements Claim {}
    }

    public Claim claim(String username, String key, String method, String path, String requestHash) {
        sweepNowAndThen();
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                keys.insert(username, key, method, path, requestHash, now);
                return new Claim.Granted();
            } catch (DuplicateKeyException taken) {
                KeyRecord first = keys.find(username, key);
                if (first == null) {
                    continue;
                }
                if (first.createdAt().isBefore(now.minus(retention))) {
                    keys.deleteExpired(username, key, now.minus(retention));
                    continue;
                }
                if (!first.method().equals(method) || !first.path().equals(path)
                        || !first.requestHash().equals(requestHash)) {
                    return new Claim.Reused();
                }
                if (first.status() == null) {
                    return new Claim.InFlight();
                }
                return new Claim.Replay(new StoredAnswer(first.status(), first.contentType(), first.location(),
                        first.body() == null ? new byte[0] : first.body()));
            }
        }
        return new Claim.InFlight();
    }

    /** Keeps the answer of a granted request for its repeats. */
    public void finish(String username, String key, StoredAnswer answer) {
        keys.complete(username, key, answer.status(), answer.contentType(), answer.location(), answer.body());
    }

    /** Gives the key up (the request failed on the server's side), so that a repeat runs afresh. */
    public void release(String username, String key) {
        keys.delete(username, key);
    }

    public Duration retention() {
        return retention;
    }

    private void sweepNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastSweep.get();
        if (now.isAfter(last.plus(SWEEP_EVERY)) && lastSweep.compareAndSet(last, now)) {
            keys.deleteAllBefore(now.minus(retention));
        }
    }
}
