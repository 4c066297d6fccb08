package org.yangguang.notice;

/** RECEIVED until the township has investigated and answered; then CLOSED with the reply. */
public enum ObjectionStatus {
    RECEIVED,
    CLOSED
}
