/**
 * Complaints and petitions (信访举报): intake by staff from the hotline, the box, letters and
 * visits, and every objection from the public board; process {@code complaint} (investigate by
 * the township or, for complaints naming an officer or without a township, the county; county
 * review; reply); the ledger, its statistics and Excel export; public tracking by code.
 * Consequences: a founded complaint about an enrolled household starts a re-check; one
 * about a running application makes it a complained case (the application feature listens).
 */
package org.yangguang.complaint;
