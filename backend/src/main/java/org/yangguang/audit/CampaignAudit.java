package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.campaign.CampaignEvents;

/**
 * Records a campaign's start, every resumption and interruption, and its completion; each
 * re-check it starts is recorded by {@link RecheckAudit} like any other.
 */
@Component
class CampaignAudit {

    private final AuditTrail trail;

    CampaignAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(CampaignEvents.CampaignStarted e) {
        Map<String, Object> detail = campaign(e.campaignId());
        detail.put("countyCode", e.countyCode());
        detail.put("name", e.name());
        detail.put("townshipCodes", e.townshipCodes());
        detail.put("deadline", e.deadline().toString());
        detail.put("households", e.households());
        trail.record(AuditDraft.of(e.actor(), "CAMPAIGN_STARTED", detail));
    }

    @EventListener
    void on(CampaignEvents.CampaignResumed e) {
        Map<String, Object> detail = campaign(e.campaignId());
        detail.put("processed", e.processed());
        detail.put("households", e.households());
        trail.record(AuditDraft.of(e.actor(), "CAMPAIGN_RESUMED", detail));
    }

    /** Recorded apart: the failed batch's transaction is gone, the fact that it failed stays. */
    @EventListener
    void on(CampaignEvents.CampaignInterrupted e) {
        Map<String, Object> detail = campaign(e.campaignId());
        detail.put("processed", e.processed());
        detail.put("error", e.error());
        trail.recordApart(AuditDraft.of(e.actor(), "CAMPAIGN_INTERRUPTED", detail));
    }

    @EventListener
    void on(CampaignEvents.CampaignCompleted e) {
        Map<String, Object> detail = campaign(e.campaignId());
        detail.put("households", e.households());
        detail.put("created", e.created());
        detail.put("attached", e.attached());
        detail.put("skipped", e.skipped());
        trail.record(AuditDraft.of(e.actor(), "CAMPAIGN_COMPLETED", detail));
    }

    private static Map<String, Object> campaign(long campaignId) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("campaignId", campaignId);
        return detail;
    }
}
