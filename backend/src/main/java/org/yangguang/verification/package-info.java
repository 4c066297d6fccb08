/**
 * Economic verification (信息核对): every member and supporter of every open application and
 * enrolled household is matched by ID number against the department data ({@code data/}); the
 * county's rules ({@code verification_rule}, thresholds as data) raise warnings with the
 * evidence row; relatives of officials and cadres are registered ({@link
 * org.yangguang.verification.RelativesRegistry}) and their applications need the county's visit.
 * Matching runs after every import for the people in it, and as a resumable background run over
 * all open households. A warning on an enrolled household starts the burden of proof ({@code
 * proof/}), which clears or confirms it.
 */
package org.yangguang.verification;
