package org.yangguang.complaint.web;

import java.time.Instant;
import org.yangguang.complaint.Complaint;

/** {@code GET /api/complaints/{id}}: the whole complaint, for officers of its jurisdiction. */
record ComplaintDetail(
        LedgerLine line,
        boolean anonymous,
        String complainantName,
        String complainantPhone,
        String officerUsername,
        String content,
        String findings,
        String reply,
        String processInstanceId) {

    static ComplaintDetail of(Complaint c, Instant now) {
        return new ComplaintDetail(LedgerLine.of(c, now), c.anonymous(), c.complainantName(), c.complainantPhone(),
                c.officerUsername(), c.content(), c.findings(), c.reply(), c.processInstanceId());
    }
}
