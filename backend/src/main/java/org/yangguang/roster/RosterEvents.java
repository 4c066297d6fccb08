package org.yangguang.roster;

/** What roster imports do; the audit trail records it. */
public final class RosterEvents {

    private RosterEvents() {}

    public record RosterImported(String actor, String fileName, int households, int persons) {}
}
