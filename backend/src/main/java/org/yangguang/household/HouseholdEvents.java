package org.yangguang.household;

/** What happens to households; the audit trail listens and records field-level changes. */
public final class HouseholdEvents {

    private HouseholdEvents() {}

    public record HouseholdRegistered(Household household, String actor) {}

    public record DeclarationReplaced(Household before, Household after, String actor) {}

    public record StatusChanged(long householdId, HouseholdStatus from, HouseholdStatus to, String actor) {}

    public record AllowanceSet(Household before, Household after, String actor) {}

    public record ScheduleChanged(long householdId, RecheckSchedule before, RecheckSchedule after, String actor) {}
}
