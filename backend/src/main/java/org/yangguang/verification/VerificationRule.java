package org.yangguang.verification;

import java.math.BigDecimal;

/**
 * One rule of a county: {@code threshold} (months of the standard, or a count) and {@code
 * parameter} (for VEHICLE the exempt vehicle types, comma separated) as the rule needs them.
 */
public record VerificationRule(String countyCode, WarningCode code, BigDecimal threshold, String parameter) {}
