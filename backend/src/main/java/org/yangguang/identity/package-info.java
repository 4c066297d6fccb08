/**
 * Officers, their one role and one region, logins, and the jurisdiction guard.
 *
 * <p>An officer has exactly one {@link org.yangguang.identity.Role} and one region. The role and
 * region give the officer's Camunda groups ({@code township-511999101000}), through which user
 * tasks are routed to a jurisdiction, and the officer's {@link org.yangguang.identity.Jurisdiction}:
 * the region subtree inside which every read and write of case data must fall.
 *
 * <p>{@link org.yangguang.identity.LoginService} is the only place a password is checked: the
 * browser login, HTTP Basic on {@code /engine-rest} and Camunda's own webapps all go through it,
 * so lockout after repeated failures holds for all three.
 */
package org.yangguang.identity;
