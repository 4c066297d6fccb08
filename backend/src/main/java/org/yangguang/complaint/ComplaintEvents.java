package org.yangguang.complaint;

/** What happens to complaints; the audit trail records all, the application marks complained cases. */
public final class ComplaintEvents {

    private ComplaintEvents() {}

    public record ComplaintRegistered(Complaint complaint, String actor) {}

    public record ComplaintTaskCompleted(Complaint complaint, String taskKey, String decision, String actor) {}

    public record ComplaintEscalated(Complaint complaint, String toGroup) {}

    public record ComplaintReplied(Complaint complaint, String actor) {}

    /** The county confirmed a founded complaint about a household receiving the allowance: it is re-checked. */
    public record FoundedAboutReceivingHousehold(Complaint complaint, long householdId) {}
}
