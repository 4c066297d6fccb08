package org.yangguang.notice;

/** What happens on the board; the application routes objections into the running case, the audit trail records all. */
public final class NoticeEvents {

    private NoticeEvents() {}

    public record NoticePosted(Notice notice) {}

    public record NoticeWithdrawn(Notice notice, String reason) {}

    public record ObjectionFiled(Objection objection, Notice notice) {}

    public record ObjectionAnswered(Objection objection, String actor) {}
}
