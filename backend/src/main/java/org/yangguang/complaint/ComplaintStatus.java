package org.yangguang.complaint;

/** OPEN until the complainant has been answered. */
public enum ComplaintStatus {
    OPEN,
    CLOSED
}
