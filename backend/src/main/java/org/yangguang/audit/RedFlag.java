package org.yangguang.audit;

/** Something an inspector should look at: the case (or household), a code, and what was found. */
public record RedFlag(Long caseId, Long householdId, String code, String detail) {}
