package org.yangguang.casework;

/** A timeline line to record; time and id are the service's. */
public record CaseEventDraft(
        String actor, String role, String action, String taskKey, String decision, String opinion, String detail) {

    /** A line written by the system (timers, services), not by an officer. */
    public static CaseEventDraft system(String action, String detail) {
        return new CaseEventDraft(SYSTEM, null, action, null, null, null, detail);
    }

    public static final String SYSTEM = "system";
}
