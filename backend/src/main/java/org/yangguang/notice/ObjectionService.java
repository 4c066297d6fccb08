package org.yangguang.notice;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.common.ConflictException;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.Violations;
import org.yangguang.notice.NoticeEvents.ObjectionAnswered;
import org.yangguang.notice.NoticeEvents.ObjectionFiled;
import org.yangguang.notice.internal.IdHolder;
import org.yangguang.notice.internal.NoticeMapper;

/** Objections from the public board: filed without an account, tracked by code, answered by the township. */
@Service
public class ObjectionService {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 10;
    private static final int MAX_CONTENT = 2000;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");

    private final NoticeMapper notices;
    private final NoticeService board;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ObjectionService(NoticeMapper notices, NoticeService board, Clock clock, ApplicationEventPublisher events) {
        this.notices = notices;
        this.board = board;
        this.clock = clock;
        this.events = events;
    }

    /** Files an objection against a notice that is posted today; answers the tracking code. */
    @Transactional
    public Objection file(long noticeId, ObjectionForm form) {
        Violations violations = new Violations();
        String content = form.content() == null ? "" : form.content().trim();
        violations.addIf(content.isEmpty(), "content", "objection.content.required");
        violations.addIf(content.length() > MAX_CONTENT, "content", "objection.content.tooLong", MAX_CONTENT);
        violations.addIf(blankToNull(form.contactPhone()) != null && !PHONE.matcher(form.contactPhone().trim()).matches(),
                "contactPhone", "objection.phone.format");
        violations.addIf(blankToNull(form.contactName()) != null && form.contactName().trim().length() > 50,
                "contactName", "objection.name.tooLong");
        violations.throwIfAny();
        Notice notice = board.require(noticeId);
        if (!notice.isPostedOn(board.today())) {
            throw new ConflictException("objection.noticeNotPosted");
        }
        Objection draft = new Objection(0, newTrackingCode(), noticeId, notice.caseId(), content,
                blankToNull(form.contactName()), blankToNull(form.contactPhone()), ObjectionStatus.RECEIVED, null, null,
                clock.instant(), null);
        IdHolder id = new IdHolder();
        notices.insertObjection(id, draft);
        Objection stored = notices.findObjection(id.getValue());
        events.publishEvent(new ObjectionFiled(stored, notice));
        return stored;
    }

    public Objection track(String trackingCode) {
        Objection objection = trackingCode == null ? null : notices.findObjectionByTrackingCode(trackingCode.trim());
        if (objection == null) {
            throw new NotFoundException("objection.notFound");
        }
        return objection;
    }

    public List<Objection> ofCase(long caseId) {
        return notices.findObjectionsByCase(caseId);
    }

    /** Answers every open objection of the case with the township's findings. */
    @Transactional
    public int answerOpen(long caseId, boolean founded, String reply, String actor) {
        int answered = 0;
        for (Objection objection : notices.findObjectionsByCase(caseId)) {
            if (objection.status() == ObjectionStatus.RECEIVED
                    && notices.closeObjection(objection.objectionId(), founded, reply, clock.instant()) == 1) {
                answered++;
                events.publishEvent(new ObjectionAnswered(notices.findObjection(objection.objectionId()), actor));
            }
        }
        return answered;
    }

    private String newTrackingCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** What a resident sends. */
    public record ObjectionForm(String content, String contactName, String contactPhone) {

        @Override
        public String toString() {
            return "ObjectionForm[hidden]";
        }
    }
}
