package org.yangguang.household;

import java.math.BigDecimal;
import java.time.Instant;

/** From this month on the household receives this amount, for this reason (enrolment, reduction, stop, …). */
public record AllowanceChange(String month, BigDecimal amount, String reason, Long caseId, Instant recordedAt) {}
