package org.yangguang.report;

import java.math.BigDecimal;

/** A stop or reduction from a month: the household, the new amount and the history's reason. */
public record ChangeLine(long historyId, long householdId, String regionCode, String fromMonth, BigDecimal amount,
        String reason) {}
