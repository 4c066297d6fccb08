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
    STOPPED,
    PROOF_REQUESTED,
    CLEARED,
    REDUCED,
    RECHECKING,
    CONTINUED,
    INCREASED,
    GRADUAL_EXIT;

    public boolean isClosed() {
        return this == REFUSED || this == ACTIVE || this == STOPPED || this == CLEARED || this == REDUCED
                || this == CONTINUED || this == INCREASED || this == GRADUAL_EXIT;
    }
}
