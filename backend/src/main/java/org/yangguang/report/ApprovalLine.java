package org.yangguang.report;

import java.math.BigDecimal;
import java.time.Instant;

/** An application approved in a period: the case, its household and what was granted. */
public record ApprovalLine(long caseId, long householdId, String regionCode, BigDecimal monthlyAmount,
        String paymentStartMonth, Instant decidedAt) {}
