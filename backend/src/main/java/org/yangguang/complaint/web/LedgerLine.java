package org.yangguang.complaint.web;

import java.time.Instant;
import org.yangguang.complaint.Complaint;

/** One line of {@code GET /api/complaints}: no complainant's name or phone. */
record LedgerLine(
        long complaintId,
        String trackingCode,
        String channel,
        String status,
        Boolean founded,
        Long caseId,
        Long householdId,
        String regionCode,
        String investigatingLevel,
        boolean escalated,
        Instant received,
        Instant due,
        boolean overdue,
        Instant closed) {

    static LedgerLine of(Complaint c, Instant now) {
        return new LedgerLine(c.complaintId(), c.trackingCode(), c.channel().name(), c.status().name(), c.founded(),
                c.caseId(), c.householdId(), c.regionCode(), c.investigatingLevel().name(), c.escalated(),
                c.receivedAt(), c.dueAt(), c.isOverdue(now), c.closedAt());
    }
}
