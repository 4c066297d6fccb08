package org.yangguang.allowance;

import java.time.LocalDate;

/** A policy row valid from {@link #validFrom()} to {@link #validTo()} (both included; no end when null). */
public interface ValidityPeriod {

    Long id();

    String countyCode();

    LocalDate validFrom();

    LocalDate validTo();

    default boolean covers(LocalDate date) {
        return !date.isBefore(validFrom()) && (validTo() == null || !date.isAfter(validTo()));
    }
}
