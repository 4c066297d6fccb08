package org.yangguang.payment;

import java.math.BigDecimal;

/** What the audit trail hears of payment runs. */
public final class PaymentEvents {

    private PaymentEvents() {}

    public record RunStarted(String actor, long runId, String countyCode, String month) {}

    public record RunCompleted(String actor, long runId, String countyCode, String month, int households,
            BigDecimal total) {}

    public record BankFileExported(String actor, long runId, String month, int rows) {}
}
