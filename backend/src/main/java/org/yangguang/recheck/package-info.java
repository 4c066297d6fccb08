/**
 * After enrolment: re-check classes and intervals (data), each receiving household's schedule,
 * process {@code recheck} (declaration, survey, verification, decision, posting, county
 * confirmation, effect from next month, gradual exit) and what starts it: the hourly due scan
 * ({@code recheck-schedule}), an officer, a founded complaint, a member's recorded death.
 */
package org.yangguang.recheck;
