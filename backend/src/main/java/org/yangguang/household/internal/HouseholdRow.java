package org.yangguang.household.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.yangguang.household.HouseholdStatus;

/** The {@code household} table's own columns. */
public record HouseholdRow(
        Long id,
        String regionCode,
        String address,
        String phone,
        String bankAccount,
        boolean consentToPublishIncome,
        boolean authorizationSigned,
        boolean pledgeSigned,
        boolean relativeOfOfficer,
        HouseholdStatus status,
        BigDecimal monthlyAmount,
        BigDecimal perCapitaIncome,
        String paymentStartMonth,
        Instant createdAt,
        Instant updatedAt,
        String recheckClass,
        java.time.LocalDate recheckBase,
        java.time.LocalDate nextRecheck,
        String gradualExitUntil) {}
