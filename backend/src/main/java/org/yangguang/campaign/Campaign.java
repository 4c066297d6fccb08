package org.yangguang.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A county's campaign over some of its townships: the ACTIVE households listed when it started
 * ({@code households}) and how many of them the background run has reached so far: a new re-check
 * ({@code created}), the household's running re-check ({@code attached}) or none because the
 * household was no longer ACTIVE ({@code skipped}). RUNNING until every listed household is reached.
 */
public record Campaign(
        long campaignId,
        String countyCode,
        String name,
        List<String> townshipCodes,
        LocalDate deadline,
        String status,
        int households,
        int created,
        int attached,
        int skipped,
        String startedBy,
        Instant startedAt,
        Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";

    public boolean done() {
        return DONE.equals(status);
    }

    /** Households reached so far. */
    public int processed() {
        return created + attached + skipped;
    }

    /** Whole percent of the listed households reached; 100 only when done. */
    public int percent() {
        if (done() || households == 0) {
            return done() ? 100 : 0;
        }
        return Math.min(99, processed() * 100 / households);
    }
}
