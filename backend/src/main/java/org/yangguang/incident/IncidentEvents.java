package org.yangguang.incident;

/** What the audit trail records of incidents. */
public final class IncidentEvents {

    private IncidentEvents() {}

    /** A supervisor gave the failed job of an incident another try; the incident is resolved by it. */
    public record IncidentRetried(String actor, IncidentView incident) {}
}
