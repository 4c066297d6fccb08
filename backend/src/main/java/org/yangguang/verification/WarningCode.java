package org.yangguang.verification;

/** What a warning says; each is raised by one rule of the county's {@code verification_rule} rows. */
public enum WarningCode {
    FINANCIAL_ASSETS,
    VEHICLE,
    REAL_ESTATE,
    BUSINESS,
    INCOME_TAX,
    SOCIAL_INSURANCE,
    DEATH,
    IMPRISONMENT,
    OFFICIAL,
    UNREGISTERED_RELATIVE
}
