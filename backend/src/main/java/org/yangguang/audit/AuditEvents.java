package org.yangguang.audit;

/** What the audit feature itself publishes (its exports are recorded like any other). */
public final class AuditEvents {

    private AuditEvents() {}

    public record Exported(String actor, String what, int rows, Object filter) {}
}
