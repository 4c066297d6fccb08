package org.yangguang.report.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.region.RegionService;
import org.yangguang.report.Statistics;
import org.yangguang.report.StatisticsReports;

/** {@code GET /api/reports/statistics} (api.md "Roster import and statistics"), within the caller's jurisdiction. */
@RestController
class StatisticsController {

    private final StatisticsReports reports;
    private final CurrentOfficer current;
    private final RegionService regions;

    StatisticsController(StatisticsReports reports, CurrentOfficer current, RegionService regions) {
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
}
