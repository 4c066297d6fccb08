package org.yangguang.audit;

/** What to record; the trail adds id, time, the actor's role and region, and the hashes. */
public record AuditDraft(String actor, String type, Long caseId, Long householdId, Object detail) {

    public static AuditDraft of(String actor, String type, Object detail) {
        return new AuditDraft(actor, type, null, null, detail);
    }
}
