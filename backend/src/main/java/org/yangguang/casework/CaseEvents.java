package org.yangguang.casework;

/** What happens to cases; the audit trail listens. */
public final class CaseEvents {

    private CaseEvents() {}

    public record CaseOpened(CaseRecord caseRecord, String actor) {}

    public record CaseStatusChanged(long caseId, CaseStatus from, CaseStatus to, String actor) {}

    public record CaseEventRecorded(CaseEvent event) {}

    public record CaseFieldsChanged(CaseRecord before, CaseRecord after, String actor) {}

    public record DocumentStored(CaseDocument document) {}
}
