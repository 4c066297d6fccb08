package org.yangguang.payment;

import java.math.BigDecimal;

/** What one household is paid for the run's month. */
public record PaymentLine(long householdId, String month, BigDecimal amount) {}
