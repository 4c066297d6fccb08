package org.yangguang.notice;

import java.time.Instant;

/** An objection a resident filed against a notice, and its answer. */
public record Objection(
        long objectionId,
        String trackingCode,
        long noticeId,
        long caseId,
        String content,
        String contactName,
        String contactPhone,
        ObjectionStatus status,
        Boolean founded,
        String reply,
        Instant receivedAt,
        Instant closedAt) {}
