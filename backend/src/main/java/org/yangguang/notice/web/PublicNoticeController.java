package org.yangguang.notice.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.common.ApiException;
import org.yangguang.notice.NoticeService;
import org.yangguang.notice.Objection;
import org.yangguang.notice.ObjectionService;
import org.yangguang.notice.ObjectionService.ObjectionForm;
import org.yangguang.notice.PublicNotice;
import org.yangguang.notice.RateLimiter;
import org.yangguang.region.RegionService;

/** The board for residents, without an account. */
@RestController
@RequestMapping("/api/public")
class PublicNoticeController {

    private final NoticeService board;
    private final ObjectionService objections;
    private final RegionService regions;
    private final RateLimiter rateLimiter;

    PublicNoticeController(
            NoticeService board, ObjectionService objections, RegionService regions, RateLimiter rateLimiter) {
        this.board = board;
        this.objections = objections;
        this.regions = regions;
        this.rateLimiter = rateLimiter;
    }

    @GetMapping("/notices")
    List<PublicNotice> notices(@RequestParam(required = false) String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return board.postedIn(new org.yangguang.region.RegionScope(""));
        }
        return board.postedIn(regions.require(regionCode.trim()).scope());
    }

    @PostMapping("/notices/{noticeId}/objections")
    ResponseEntity<Map<String, String>> object(
            @PathVariable long noticeId, @RequestBody ObjectionForm form, HttpServletRequest request) {
        if (!rateLimiter.tryAcquire(request.getRemoteAddr())) {
            throw new TooManyRequests();
        }
        Objection objection = objections.file(noticeId, form);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("trackingCode", objection.trackingCode()));
    }

    @GetMapping("/objections/{trackingCode}")
    ObjectionStatusView track(@PathVariable String trackingCode) {
        Objection objection = objections.track(trackingCode);
        return new ObjectionStatusView(objection.status().name(), objection.reply(), objection.receivedAt(),
                objection.closedAt());
    }

    record ObjectionStatusView(String status, String reply, java.time.Instant received, java.time.Instant closed) {}

    static final class TooManyRequests extends ApiException {
        TooManyRequests() {
            super(HttpStatus.TOO_MANY_REQUESTS, "objection.tooMany");
        }
    }
}
