package org.yangguang.recheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One re-check case: what started it and, once decided, its outcome. */
public record Recheck(
        long caseId,
        long householdId,
        RecheckTrigger trigger,
        String note,
        Long campaignId,
        RecheckOutcome outcome,
        ExitReason exitReason,
        BigDecimal newAmount,
        LocalDate dueDate,
        Instant startedAt,
        Instant decidedAt) {}
