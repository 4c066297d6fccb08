package org.yangguang.report.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.region.RegionService;
import org.yangguang.report.Funnel;
import org.yangguang.report.FunnelReports;
import org.yangguang.report.Statistics;
import org.yangguang.report.StatisticsReports;

/** {@code GET /api/reports/statistics} (api.md "Roster import and statistics"), within the caller's jurisdiction. */
@RestController
class StatisticsController {

    private final StatisticsReports reports;
    private final CurrentOfficer current;
    private final RegionService regions;

    private final FunnelReports funnels;
    private final Clock clock;

    StatisticsController(StatisticsReports reports, CurrentOfficer current, RegionService regions,
            FunnelReports funnels, Clock clock) {
        this.funnels = funnels;
        this.clock = clock;
        this.reports = reports;
        this.current = current;
        this.regions = regions;
    }

    @GetMapping("/api/reports/statistics")
    @PreAuthorize("hasAnyRole('COUNTY', 'TOWNSHIP', 'INSPECTOR')")
    Statistics statistics(@RequestParam(required = false) String regionCode) {
        var scope = current.jurisdiction().narrowTo(regionCode == null ? null : regions.require(regionCode));
        return reports.of(scope);
    }

    /** Applications received in the period (default: this year to today) and how they went. */
    @GetMapping("/api/reports/funnel")
    @PreAuthorize("hasAnyRole('COUNTY', 'TOWNSHIP', 'INSPECTOR')")
    Funnel funnel(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        var scope = current.jurisdiction().narrowTo(regionCode == null ? null : regions.require(regionCode));
        LocalDate today = LocalDate.now(clock);
        Periods.Days period = Periods.days(from, to, today.withDayOfYear(1), today);
        return funnels.of(scope, period.from(), period.to(), clock.getZone());
    }
}
