package org.yangguang.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many objections one client may file per minute ({@code yangguang.public.objections-per-minute}).
 * Kept in this node's memory: behind a load balancer, pin clients to nodes or share the count.
 */
@Component
public class RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_CLIENTS = 100_000;

    private final int limit;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    RateLimiter(@Value("${yangguang.public.objections-per-minute:5}") int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts one attempt of the client; {@code false} when it is over the limit. */
    public boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (recent.size() > MAX_CLIENTS) {
            recent.entrySet().removeIf(e -> isStale(e.getValue(), now));
        }
        Deque<Instant> attempts = recent.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (attempts) {
            while (!attempts.isEmpty() && !attempts.peekFirst().isAfter(now.minus(WINDOW))) {
                attempts.pollFirst();
            }
            if (attempts.size() >= limit) {
                return false;
            }
            attempts.addLast(now);
            return true;
        }
    }

    private static boolean isStale(Deque<Instant> attempts, Instant now) {
        synchronized (attempts) {
            return attempts.isEmpty() || !attempts.peekLast().isAfter(now.minus(WINDOW));
        }
    }
}
