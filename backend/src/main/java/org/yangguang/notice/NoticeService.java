package org.yangguang.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.household.Names;
import org.yangguang.notice.NoticeEvents.NoticePosted;
import org.yangguang.notice.NoticeEvents.NoticeWithdrawn;
import org.yangguang.notice.internal.IdHolder;
import org.yangguang.notice.internal.NoticeMapper;
import org.yangguang.region.RegionScope;

/** Posts and withdraws notices, and reads the board. */
@Service
public class NoticeService {

    private final NoticeMapper notices;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NoticeService(NoticeMapper notices, Clock clock, ApplicationEventPublisher events) {
        this.notices = notices;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Notice post(NoticeDraft draft) {
        IdHolder id = new IdHolder();
        notices.insert(id, draft, Names.mask(draft.headName()), clock.instant());
        Notice notice = notices.findById(id.getValue());
        events.publishEvent(new NoticePosted(notice));
        return notice;
    }

    /** Takes down every notice of the kind still posted for the case (today becomes its last day). */
    @Transactional
    public void withdraw(long caseId, NoticeKind kind, String reason) {
        LocalDate today = today();
        for (Notice notice : notices.findByCase(caseId)) {
            if (notice.kind() == kind && notice.withdrawnAt() == null && (notice.to() == null || !notice.to().isBefore(today))) {
                notices.withdraw(notice.noticeId(), clock.instant(), today);
                events.publishEvent(new NoticeWithdrawn(notices.findById(notice.noticeId()), reason));
            }
        }
    }

    public List<Notice> ofCase(long caseId) {
        return notices.findByCase(caseId);
    }

    public List<PublicNotice> postedIn(RegionScope scope) {
        return notices.findPosted(scope.likePattern(), today()).stream().map(Notice::toPublic).toList();
    }

    public Notice require(long noticeId) {
        Notice notice = notices.findById(noticeId);
        if (notice == null) {
            throw new org.yangguang.common.NotFoundException("notice.notFound");
        }
        return notice;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
