package org.yangguang.report;

/** One member of an ACTIVE household, as the statistics count it. */
public record PersonFact(long householdId, String regionCode, String idNumber, String identityCategory,
        int disabilityGrade, String recheckClass) {}
