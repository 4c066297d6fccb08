package org.yangguang.complaint;

/**
 * What narrows the ledger besides the region: the status, and the case or household the complaints
 * concern. {@code null} leaves a criterion out.
 */
public record LedgerFilter(ComplaintStatus status, Long caseId, Long householdId) {}
