package org.yangguang.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.excel.SheetWriter;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.identity.Role;
import org.yangguang.region.Region;
import org.yangguang.region.RegionScope;
import org.yangguang.region.RegionService;
import org.yangguang.report.ReportEvents;
import org.yangguang.report.ReportExports;

/**
 * The county's lists as .xlsx, within the caller's jurisdiction, streamed to the response and
 * audited: roster (花名册), wall notice table, approval list, stops and reductions of a period.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final ReportExports exports;
    private final CurrentOfficer current;
    private final RegionService regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportController(ReportExports exports, CurrentOfficer current, RegionService regions,
            ApplicationEventPublisher events, Clock clock) {
        this.exports = exports;
        this.current = current;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /** Full ID numbers for the county's officers, who keep the register; masked for everyone else. */
    @GetMapping("/roster.xlsx")
    @PreAuthorize("hasAnyRole('VILLAGE', 'TOWNSHIP', 'COUNTY', 'INSPECTOR')")
    void roster(@RequestParam(required = false) String regionCode, HttpServletResponse response) throws IOException {
        boolean fullIds = current.get().role() == Role.COUNTY;
        send("ROSTER", "roster", regionCode, region -> exports.roster(scope(region), region.name(), fullIds), response);
    }

    @GetMapping("/notices.xlsx")
    @PreAuthorize("hasAnyRole('VILLAGE', 'TOWNSHIP', 'COUNTY', 'INSPECTOR')")
    void notices(@RequestParam(required = false) String regionCode, HttpServletResponse response) throws IOException {
        send("NOTICE_TABLE", "notices", regionCode, region -> exports.notices(scope(region), region.name()), response);
    }

    @GetMapping("/approvals.xlsx")
    @PreAuthorize("hasAnyRole('TOWNSHIP', 'COUNTY', 'INSPECTOR')")
    void approvals(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        Periods.Days period = Periods.days(from, to, today.withDayOfMonth(1), today);
        send("APPROVAL_LIST", "approvals", regionCode,
                region -> exports.approvals(scope(region), region.name(), period.from(), period.to()), response);
    }

    @GetMapping("/changes.xlsx")
    @PreAuthorize("hasAnyRole('TOWNSHIP', 'COUNTY', 'INSPECTOR')")
    void changes(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        Periods.Months period = Periods.months(from, to, YearMonth.now(clock));
        send("CHANGE_LIST", "changes", regionCode,
                region -> exports.changes(scope(region), region.name(), period.from(), period.to()), response);
    }

    @GetMapping("/statistics.xlsx")
    @PreAuthorize("hasAnyRole('TOWNSHIP', 'COUNTY', 'INSPECTOR')")
    void statistics(@RequestParam(required = false) String regionCode, HttpServletResponse response) throws IOException {
        send("STATISTICS", "statistics", regionCode, region -> exports.statistics(scope(region), region.name()), response);
    }

    @GetMapping("/funnel.xlsx")
    @PreAuthorize("hasAnyRole('TOWNSHIP', 'COUNTY', 'INSPECTOR')")
    void funnel(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        Periods.Days period = Periods.days(from, to, today.withDayOfYear(1), today);
        send("FUNNEL", "funnel", regionCode,
                region -> exports.funnel(scope(region), region.name(), period.from(), period.to()), response);
    }

    private void send(String what, String fileName, String regionCode, Function<Region, SheetWriter> export,
            HttpServletResponse response) throws IOException {
        Region region = regions.require(regionCode == null ? current.get().regionCode() : regionCode);
        current.jurisdiction().narrowTo(region);
        try (SheetWriter sheet = export.apply(region)) {
            events.publishEvent(new ReportEvents.Exported(current.username(), what, region.code(), sheet.rows()));
            XlsxResponse.send(sheet, fileName + "-" + region.code() + ".xlsx", response);
        }
    }

    private RegionScope scope(Region region) {
        return current.jurisdiction().narrowTo(region);
    }
}
