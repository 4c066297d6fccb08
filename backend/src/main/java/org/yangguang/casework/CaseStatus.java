package org.yangguang.casework;

/** Where a case stands; the process model sets these as it passes its steps. */
public enum CaseStatus {
    APPLIED,
    ACCEPTED,
    SURVEYED,
    NOTICE,
    REVIEWED,
    AUDITED,
    APPROVED,
    REFUSED,
    ACTIVE,
    STOPPED;

    public boolean isClosed() {
        return this == REFUSED || this == ACTIVE || this == STOPPED;
    }
}
