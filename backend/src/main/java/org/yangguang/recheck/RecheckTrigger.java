package org.yangguang.recheck;

/** What started a re-check. */
public enum RecheckTrigger {
    SCHEDULE,
    OFFICER,
    COMPLAINT,
    DEATH,
    CAMPAIGN
}
