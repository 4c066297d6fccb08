package org.yangguang.campaign;

import java.time.LocalDate;
import java.util.List;

/** What the audit trail hears of campaigns; the re-checks they start are audited as every re-check is. */
public final class CampaignEvents {

    private CampaignEvents() {}

    public record CampaignStarted(String actor, long campaignId, String countyCode, String name,
            List<String> townshipCodes, LocalDate deadline, int households) {}

    /** A run took up a campaign that had stopped half-way (after a restart or an error). */
    public record CampaignResumed(String actor, long campaignId, int processed, int households) {}

    /** A batch failed: the campaign stays RUNNING with the batches done before. */
    public record CampaignInterrupted(String actor, long campaignId, int processed, String error) {}

    public record CampaignCompleted(String actor, long campaignId, int households, int created, int attached,
            int skipped) {}
}
