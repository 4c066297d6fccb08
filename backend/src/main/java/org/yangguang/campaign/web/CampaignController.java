package org.yangguang.campaign.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.campaign.Campaign;
import org.yangguang.campaign.CampaignReport;
import org.yangguang.campaign.Campaigns;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.region.RegionCodes;

/** Campaigns of the caller's county: started by the county, read by the county and inspectors. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final Campaigns campaigns;
    private final CurrentOfficer current;

    CampaignController(Campaigns campaigns, CurrentOfficer current) {
        this.campaigns = campaigns;
        this.current = current;
    }

    /** 202: the campaign is stored with its households; re-checks are created in the background. */
    @PostMapping
    @PreAuthorize("hasRole('COUNTY')")
    ResponseEntity<CampaignView> start(@RequestBody(required = false) CampaignRequest request) {
        CampaignRequest body = request == null ? new CampaignRequest(null, null, null) : request;
        LocalDate deadline = null;
        boolean malformed = false;
        if (body.deadline() != null && !body.deadline().isBlank()) {
            try {
                deadline = LocalDate.parse(body.deadline());
            } catch (DateTimeParseException e) {
                malformed = true;
            }
        }
        Campaign campaign = campaigns.start(county(),
                new Campaigns.Request(body.name(), body.townshipCodes(), deadline, malformed), current.username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(CampaignView.of(campaign));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COUNTY', 'INSPECTOR')")
    List<CampaignView> list() {
        return campaigns.of(county()).stream().map(CampaignView::of).toList();
    }

    @GetMapping("/{campaignId}")
    @PreAuthorize("hasAnyRole('COUNTY', 'INSPECTOR')")
    CampaignView one(@PathVariable long campaignId) {
        return CampaignView.of(campaigns.require(campaignId, current.jurisdiction().readScope()));
    }

    @GetMapping("/{campaignId}/report")
    @PreAuthorize("hasAnyRole('COUNTY', 'INSPECTOR')")
    CampaignReport report(@PathVariable long campaignId) {
        return campaigns.report(campaigns.require(campaignId, current.jurisdiction().readScope()));
    }

    private String county() {
        return RegionCodes.countyOf(current.get().regionCode());
    }

    record CampaignRequest(String name, List<String> townshipCodes, String deadline) {}

    record CampaignView(long campaignId, String name, List<String> townshipCodes, String deadline, String status,
            int total, int processed, int created, int attached, int skipped, int percent, String startedBy,
            String startedAt, String finishedAt) {
        static CampaignView of(Campaign c) {
            return new CampaignView(c.campaignId(), c.name(), c.townshipCodes(), c.deadline().toString(), c.status(),
                    c.households(), c.processed(), c.created(), c.attached(), c.skipped(), c.percent(), c.startedBy(),
                    c.startedAt().toString(), c.finishedAt() == null ? null : c.finishedAt().toString());
        }
    }
}
