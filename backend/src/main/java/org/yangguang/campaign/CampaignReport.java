package org.yangguang.campaign;

import java.time.Instant;
import java.util.List;

/**
 * What a campaign found (docs/architecture.md "Campaigns"): the outcomes of the re-checks it
 * created or attached that have taken effect, their exit reasons, those still pending, the
 * cancellation rate (exits over households re-checked, percent, two places, half-up) and the
 * households of its townships enrolled between its start and the end of its deadline day.
 */
public record CampaignReport(
        long campaignId,
        int households,
        int rechecked,
        int skipped,
        int decided,
        int pending,
        List<Count> byOutcome,
        List<Count> byExitReason,
        int cancelled,
        String cancellationRate,
        int newlyIncluded,
        Instant periodFrom,
        Instant periodTo) {

    /** A count of one outcome or exit reason. */
    public record Count(String code, int count) {}
}
