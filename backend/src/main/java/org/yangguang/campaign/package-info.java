/**
 * Campaigns (专项核查): the county re-checks every ACTIVE household of chosen townships by a
 * deadline. The households are listed when the campaign starts; a background worker then starts
 * (or attaches) one re-check per listed household, in batches of their own transactions, so a
 * campaign stopped by an error or a restart resumes with the households still waiting and never
 * gives a household two. The report counts the re-checks' outcomes, exit reasons, the
 * cancellation rate and the households newly included during the campaign.
 */
package org.yangguang.campaign;
