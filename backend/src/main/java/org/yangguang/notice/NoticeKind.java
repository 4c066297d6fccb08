package org.yangguang.notice;

/** The kinds of public notice: the application's notice, the three result lists, and changes after enrolment. */
public enum NoticeKind {
    APPLICATION,
    REVIEW,
    AUDIT,
    APPROVAL,
    CHANGE,
    EXIT
}
