package org.yangguang.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A county's payment run of one month; RUNNING until every household is paid, then DONE. */
public record PaymentRun(
        long runId,
        String countyCode,
        String month,
        String status,
        long afterHouseholdId,
        int households,
        BigDecimal total,
        String startedBy,
        Instant startedAt,
        Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";

    public boolean done() {
        return DONE.equals(status);
    }
}
