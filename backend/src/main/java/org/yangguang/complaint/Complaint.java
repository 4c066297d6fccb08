package org.yangguang.complaint;

import java.time.Instant;

/** One lead of the ledger. The complainant's name and phone never appear in {@link #toString()}. */
public record Complaint(
        long complaintId,
        String trackingCode,
        ComplaintChannel channel,
        boolean anonymous,
        String complainantName,
        String complainantPhone,
        Long caseId,
        Long householdId,
        String officerUsername,
        Long objectionId,
        String regionCode,
        InvestigatingLevel investigatingLevel,
        String content,
        ComplaintStatus status,
        Boolean founded,
        String findings,
        String reply,
        boolean escalated,
        String processInstanceId,
        Instant receivedAt,
        Instant dueAt,
        Instant closedAt,
        String createdBy) {

    public boolean isOverdue(Instant now) {
        return status == ComplaintStatus.OPEN && dueAt != null && now.isAfter(dueAt);
    }

    @Override
    public String toString() {
        return "Complaint[" + complaintId + ", " + trackingCode + ", " + channel + ", " + status + "]";
    }
}
