package org.yangguang.application.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.yangguang.allowance.Assessment;
import org.yangguang.household.Household;

/** {@code GET /api/cases/{id}}: the case with its household, assessment, flags, timeline, notices, documents and complaints. */
record CaseView(
        long caseId,
        String kind,
        String status,
        String regionCode,
        String regionName,
        long householdId,
        Household household,
        BigDecimal monthlyAmount,
        BigDecimal perCapitaIncome,
        BigDecimal proposedAmount,
        String paymentStartMonth,
        Instant appliedAt,
        Instant acceptedAt,
        Instant dueAt,
        Instant decidedAt,
        List<String> flags,
        Assessment assessment,
        List<TimelineLine> timeline,
        List<NoticeLine> notices,
        List<DocumentLine> documents,
        List<ObjectionLine> objections,
        List<WarningLine> warnings,
        List<OpenTask> openTasks,
        List<ComplaintLine> complaints) {

    record TimelineLine(Instant at, String actor, String role, String action, String taskKey, String decision,
            String opinion, Object detail) {}

    record NoticeLine(long noticeId, String kind, java.time.LocalDate from, java.time.LocalDate to, boolean withdrawn) {}

    record DocumentLine(long documentId, String kind, String fileName, Instant createdAt) {}

    record ObjectionLine(String trackingCode, String content, String status, Boolean founded, String reply,
            Instant receivedAt) {}

    record ComplaintLine(long complaintId, String trackingCode, String channel, String status, Boolean founded) {}

    record OpenTask(String taskId, String taskKey, String name, Instant created, Instant due, List<String> candidateGroups) {}
}
