package org.yangguang.recheck;

/** What happens to re-checks and their classes; the audit trail records all. */
public final class RecheckEvents {

    private RecheckEvents() {}

    public record RecheckStarted(Recheck recheck, String actor) {}

    public record RecheckDecided(Recheck recheck, String actor) {}

    public record IntervalChanged(String recheckClass, int before, int after, int householdsMoved, String actor) {}
}
