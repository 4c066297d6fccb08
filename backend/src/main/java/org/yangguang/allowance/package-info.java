/**
 * Money: the minimum living standards, category add-ons, asset limits and income rules of each
 * county, and the 补差 calculation over them.
 *
 * <p>Every figure is data with a validity period, maintained by the county bureau through {@link
 * org.yangguang.allowance.StandardService} and its siblings; a new row takes over from the open
 * one of the same kind ({@code Succession}). {@link org.yangguang.allowance.AllowanceCalculator}
 * loads the rules in force on the assessment date ({@link
 * org.yangguang.allowance.AllowancePolicies}) and hands them to the pure arithmetic
 * ({@code AllowanceArithmetic}, {@code HouseholdIncome}, {@code AssetLimitCheck}, {@code
 * AddOnSelection}), which the table-driven tests exercise without a database.
 *
 * <p>Arithmetic: household net income is rounded to the fen and never negative; per-capita income
 * is that divided by the members, HALF_UP to the fen; each add-on is rate × standard to the fen;
 * the monthly amount is the base plus the add-ons, rounded up to whole yuan. Money is {@link
 * java.math.BigDecimal} throughout.
 *
 * <p>The calculation takes its own input records rather than household forms, so that it serves
 * applications and re-checks alike; from {@code household} it uses only the enums {@code
 * IncomeType} and {@code AssetType}.
 */
package org.yangguang.allowance;
