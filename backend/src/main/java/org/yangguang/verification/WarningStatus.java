package org.yangguang.verification;

/** OPEN until the burden of proof (or an officer) settles it: CLEARED by evidence, or CONFIRMED. */
public enum WarningStatus {
    OPEN,
    CLEARED,
    CONFIRMED
}
