package org.yangguang.report;

/** What reports do; the audit trail records every export. */
public final class ReportEvents {

    private ReportEvents() {}

    /** An export: what, of which region, how many rows. */
    public record Exported(String actor, String what, String regionCode, int rows) {}
}
