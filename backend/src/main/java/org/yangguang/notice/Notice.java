package org.yangguang.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A posted notice as stored (head name already masked). */
public record Notice(
        long noticeId,
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
        LocalDate to,
        Instant withdrawnAt) {

    public boolean isPostedOn(LocalDate day) {
        return withdrawnAt == null && !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    public PublicNotice toPublic() {
        return new PublicNotice(noticeId, kind, regionCode, villageName, headName, householdSize, monthlyAmount,
                perCapitaIncome, supportersIncome, from, to);
    }
}
