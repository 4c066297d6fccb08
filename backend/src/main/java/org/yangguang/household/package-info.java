/**
 * The household as declared in an application or a re-check: members with their ID numbers,
 * income items, assets, supporters with a legal duty of support, and the signed consents.
 *
 * <p>{@code *Form} records are what a caller sends, unvalidated; {@link
 * org.yangguang.household.HouseholdRules} checks a form (ID check digits, one head, no
 * duplicate member, money not negative, …) and reports every broken field at once. Gender and
 * birth date are never typed in: {@link org.yangguang.household.IdNumbers} derives them from the
 * ID number, and masks it for lists; {@link org.yangguang.household.Names} masks names for
 * public notices.
 */
package org.yangguang.household;
