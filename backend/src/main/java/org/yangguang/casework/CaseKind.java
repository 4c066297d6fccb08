package org.yangguang.casework;

/** What a case is about; each kind runs its own process. */
public enum CaseKind {
    APPLICATION,
    RECHECK,
    BURDEN_OF_PROOF
}
