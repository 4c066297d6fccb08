package org.yangguang.complaint.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.common.ApiException;
import org.yangguang.complaint.Complaint;
import org.yangguang.complaint.Complaints;
import org.yangguang.notice.RateLimiter;

/** A complainant looks up a complaint by its tracking code: its status and, once closed, the reply; nothing personal. */
@RestController
class PublicComplaintController {

    private static final String CLIENT_PREFIX = "complaint-tracking:";

    private final Complaints complaints;
    private final RateLimiter rateLimiter;

    PublicComplaintController(Complaints complaints, RateLimiter rateLimiter) {
        this.complaints = complaints;
        this.rateLimiter = rateLimiter;
    }

    @GetMapping("/api/public/complaints/{trackingCode}")
    TrackingView track(@PathVariable String trackingCode, HttpServletRequest request) {
        if (!rateLimiter.tryAcquire(CLIENT_PREFIX + request.getRemoteAddr())) {
            throw new TooManyLookups();
        }
        Complaint complaint = complaints.track(trackingCode);
        return new TrackingView(complaint.trackingCode(), complaint.status().name(), complaint.reply(),
                complaint.receivedAt(), complaint.closedAt());
    }

    record TrackingView(String trackingCode, String status, String reply, Instant received, Instant closed) {}

    static final class TooManyLookups extends ApiException {
        TooManyLookups() {
            super(HttpStatus.TOO_MANY_REQUESTS, "complaint.tooMany");
        }
    }
}
