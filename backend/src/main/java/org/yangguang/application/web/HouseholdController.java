package org.yangguang.application.web;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.common.NotFoundException;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.household.Member;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.identity.Jurisdiction;
import org.yangguang.region.RegionService;
import org.yangguang.verification.Warnings;

/** Households (after enrolment, and while applying), always through the jurisdiction guard. */
@RestController
@RequestMapping("/api/households")
class HouseholdController {

    private final HouseholdService households;
    private final AllowanceHistory history;
    private final Warnings warnings;
    private final CurrentOfficer current;
    private final RegionService regions;

    HouseholdController(HouseholdService households, AllowanceHistory history, Warnings warnings,
            CurrentOfficer current, RegionService regions) {
        this.households = households;
        this.history = history;
        this.warnings = warnings;
        this.current = current;
        this.regions = regions;
    }

    @GetMapping
    List<HouseholdSummary> list(@RequestParam(required = false) String regionCode,
            @RequestParam(required = false) HouseholdStatus status) {
        Jurisdiction jurisdiction = current.jurisdiction();
        var scope = jurisdiction.narrowTo(regionCode == null ? null : regions.require(regionCode));
        return households.list(scope, status).stream()
                .map(h -> new HouseholdSummary(h.householdId(), h.regionCode(), h.status().name(), h.head().name(),
                        h.size(), h.monthlyAmount(), h.schedule().recheckClass(), text(h.schedule().next())))
                .toList();
    }

    @GetMapping("/{householdId}")
    HouseholdView get(@PathVariable long householdId) {
        Jurisdiction jurisdiction = current.jurisdiction();
        jurisdiction.readScope();
        Household household = households.find(householdId).orElseThrow(() -> new NotFoundException("error.notFound"));
        jurisdiction.requireReadable(household.regionCode());
        return new HouseholdView(household.householdId(), household.regionCode(), household.status().name(),
                household.schedule().recheckClass(), text(household.schedule().next()),
                household.schedule().gradualExitUntil(),
                household.monthlyAmount(), household.perCapitaIncome(), household.paymentStartMonth(),
                household.address(), household.members(),
                warnings.ofHousehold(householdId).stream().map(WarningLine::of).toList(),
                history.of(householdId).stream()
                        .map(c -> new HistoryLine(c.month(), c.amount(), c.reason()))
                        .toList());
    }

    record HouseholdSummary(long householdId, String regionCode, String status, String headName, int householdSize,
            BigDecimal monthlyAmount, String recheckClass, String nextRecheck) {}

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    record HouseholdView(long householdId, String regionCode, String status, String recheckClass, String nextRecheck,
            String gradualExitUntil, BigDecimal monthlyAmount, BigDecimal perCapitaIncome, String paymentStartMonth, String address,
            List<Member> members, List<WarningLine> warnings, List<HistoryLine> history) {}

    record HistoryLine(String month, BigDecimal amount, String reason) {}
}
