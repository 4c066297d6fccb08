package org.yangguang.verification;

import java.util.List;

/** What verification finds and settles; the burden of proof starts on raised warnings, the audit trail records all. */
public final class VerificationEvents {

    private VerificationEvents() {}

    public record WarningsRaised(long householdId, List<Warning> warnings) {}

    public record WarningResolved(Warning warning, String actor) {}

    public record RelativeRegistered(long householdId, Long caseId, String memberIdNumber, String officialName,
            String origin) {}
}
