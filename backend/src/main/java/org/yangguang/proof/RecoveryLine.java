package org.yangguang.proof;

import java.math.BigDecimal;

/** One month of a recovery: what was paid, what the household was entitled to, and the difference. */
public record RecoveryLine(String month, BigDecimal paid, BigDecimal entitled, BigDecimal overpaid) {}
