package org.yangguang.casework;

import java.math.BigDecimal;
import java.time.Instant;

/** A case as stored. */
public record CaseRecord(
        long caseId,
        CaseKind kind,
        long householdId,
        String regionCode,
        CaseStatus status,
        String processInstanceId,
        boolean closeRelative,
        boolean hadComplaint,
        boolean special,
        BigDecimal proposedAmount,
        BigDecimal monthlyAmount,
        BigDecimal perCapitaIncome,
        String paymentStartMonth,
        Instant appliedAt,
        Instant acceptedAt,
        Instant dueAt,
        Instant decidedAt,
        String createdBy) {

    public CaseRecord withStatus(CaseStatus newStatus) {
        return new CaseRecord(caseId, kind, householdId, regionCode, newStatus, processInstanceId, closeRelative,
                hadComplaint, special, proposedAmount, monthlyAmount, perCapitaIncome, paymentStartMonth, appliedAt,
                acceptedAt, dueAt, decidedAt, createdBy);
    }

    public CaseRecord withProcessInstance(String id) {
        return new CaseRecord(caseId, kind, householdId, regionCode, status, id, closeRelative, hadComplaint, special,
                proposedAmount, monthlyAmount, perCapitaIncome, paymentStartMonth, appliedAt, acceptedAt, dueAt,
                decidedAt, createdBy);
    }

    public CaseRecord withAcceptance(Instant at, Instant due) {
        return new CaseRecord(caseId, kind, householdId, regionCode, status, processInstanceId, closeRelative,
                hadComplaint, special, proposedAmount, monthlyAmount, perCapitaIncome, paymentStartMonth, appliedAt,
                at, due, decidedAt, createdBy);
    }

    public CaseRecord withComplaint(boolean complaint, boolean specialCase, Instant due) {
        return new CaseRecord(caseId, kind, householdId, regionCode, status, processInstanceId, closeRelative,
                complaint, specialCase, proposedAmount, monthlyAmount, perCapitaIncome, paymentStartMonth, appliedAt,
                acceptedAt, due, decidedAt, createdBy);
    }

    public CaseRecord withProposedAmount(BigDecimal amount) {
        return new CaseRecord(caseId, kind, householdId, regionCode, status, processInstanceId, closeRelative,
                hadComplaint, special, amount, monthlyAmount, perCapitaIncome, paymentStartMonth, appliedAt,
                acceptedAt, dueAt, decidedAt, createdBy);
    }

    public CaseRecord withDecision(BigDecimal amount, BigDecimal perCapita, String paymentStart, Instant at) {
        return new CaseRecord(caseId, kind, householdId, regionCode, status, processInstanceId, closeRelative,
                hadComplaint, special, proposedAmount, amount, perCapita, paymentStart, appliedAt, acceptedAt, dueAt,
                at, createdBy);
    }

    public CaseRecord asCloseRelative() {
        return new CaseRecord(caseId, kind, householdId, regionCode, status, processInstanceId, true, hadComplaint,
                special, proposedAmount, monthlyAmount, perCapitaIncome, paymentStartMonth, appliedAt, acceptedAt, dueAt,
                decidedAt, createdBy);
    }
}
