package org.yangguang.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One person of a receiving household, as the roster (花名册) lists them. */
public record RosterLine(long householdId, String regionCode, String status, String name, String idNumber,
        String relation, String identityCategory, int disabilityGrade, boolean seriousIllness, BigDecimal monthlyAmount,
        String paymentStartMonth, String recheckClass, LocalDate nextRecheck) {}
