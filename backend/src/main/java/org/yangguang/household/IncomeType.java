package org.yangguang.household;

/**
 * Kinds of monthly income. WAGE counts net of the necessary employment costs; BUSINESS and
 * PROPERTY are net incomes; TRANSFER covers support payments, pensions, compensation and gifts;
 * EXCLUDED is income the rules do not count (social-assistance and preferential-treatment
 * payments, family-planning rewards, scholarships, bravery awards, the basic state pension
 * component), declared for completeness.
 */
public enum IncomeType {
    WAGE,
    BUSINESS,
    PROPERTY,
    TRANSFER,
    OTHER,
    EXCLUDED
}
