package org.yangguang.notice;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A notice as the public board shows it; by construction it holds nothing that may not be published. */
public record PublicNotice(
        long noticeId,
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
