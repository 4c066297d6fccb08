package org.yangguang.notice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A notice to post. {@code headName} is the full name: the service masks it. {@code
 * perCapitaIncome} and {@code supportersIncome} are left null unless the household consented.
 */
public record NoticeDraft(
        long caseId,
        long householdId,
        NoticeKind kind,
        String regionCode,
        String villageName,
        String headName,
        int householdSize,
        BigDecimal monthlyAmount,
        BigDecimal perCapitaIncome,
        String supportersIncome,
        LocalDate from,
        LocalDate to) {}
