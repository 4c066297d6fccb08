/**
 * Camunda's identity service reads the project's officers instead of its own ACT_ID_* tables: a
 * read-only identity provider (the same mechanism as Camunda's LDAP plugin) backed by {@link
 * org.yangguang.identity.OfficerService} and {@link org.yangguang.region.RegionService}.
 *
 * <p>Users are the officers. Groups follow from role and region: the role group ({@code
 * township}) and one group per role and region of the fitting level ({@code
 * township-511999101000}), whether or not an officer holds it yet, so that a model can route to
 * any jurisdiction. Passwords are checked by {@link org.yangguang.identity.LoginService}, lockout
 * included, so the same account and the same rules apply in Cockpit. Members of group {@code
 * supervisor} are Camunda administrators; members of {@code admin} may open the Admin webapp
 * and read there; nobody else may open a webapp ({@link org.yangguang.process.identity.WebappGrants}).
 */
package org.yangguang.process.identity;
