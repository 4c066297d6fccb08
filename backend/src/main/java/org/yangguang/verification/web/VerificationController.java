package org.yangguang.verification.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.identity.Jurisdiction;
import org.yangguang.region.RegionCodes;
import org.yangguang.region.RegionService;
import org.yangguang.verification.MatchingRun;
import org.yangguang.verification.MatchingRuns;
import org.yangguang.verification.RelativeRegistration;
import org.yangguang.verification.RelativesRegistry;
import org.yangguang.verification.VerificationRule;
import org.yangguang.verification.VerificationRules;
import org.yangguang.verification.Warning;
import org.yangguang.verification.WarningStatus;
import org.yangguang.verification.Warnings;

/** Warnings, the close-relatives registry, the county's rules and the matching runs. */
@RestController
@RequestMapping("/api/verification")
class VerificationController {

    private final Warnings warnings;
    private final RelativesRegistry registry;
    private final MatchingRuns runs;
    private final VerificationRules rules;
    private final CurrentOfficer current;
    private final RegionService regions;

    VerificationController(Warnings warnings, RelativesRegistry registry, MatchingRuns runs, VerificationRules rules,
            CurrentOfficer current, RegionService regions) {
        this.warnings = warnings;
        this.registry = registry;
        this.runs = runs;
        this.rules = rules;
        this.current = current;
        this.regions = regions;
    }

    @GetMapping("/warnings")
    List<Warning> warnings(@RequestParam(required = false) String regionCode,
            @RequestParam(required = false) WarningStatus status) {
        Jurisdiction jurisdiction = current.jurisdiction();
        return warnings.in(jurisdiction.narrowTo(regionCode == null ? null : regions.require(regionCode)), status)
                .stream()
                .map(VerificationController::masked)
                .toList();
    }

    @GetMapping("/registry")
    List<RelativeRegistration> registry(@RequestParam(required = false) String regionCode) {
        Jurisdiction jurisdiction = current.jurisdiction();
        return registry.in(jurisdiction.narrowTo(regionCode == null ? null : regions.require(regionCode))).stream()
                .map(r -> new RelativeRegistration(r.householdId(), r.caseId(), mask(r.memberIdNumber()),
                        mask(r.officialIdNumber()), r.officialName(), r.officialPosition(), r.relation(), r.origin(),
                        r.registeredAt()))
                .toList();
    }

    @GetMapping("/rules")
    List<VerificationRule> rules() {
        return rules.validToday(RegionCodes.countyOf(current.get().regionCode()));
    }

    @PostMapping("/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('COUNTY')")
    VerificationRule addRule(@RequestBody VerificationRules.RuleDraft draft) {
        return rules.add(RegionCodes.countyOf(current.get().regionCode()), draft, current.username());
    }

    @PostMapping("/matching-runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('COUNTY')")
    MatchingRun startRun() {
        return runs.start("requested by " + current.username());
    }

    @GetMapping("/matching-runs")
    @PreAuthorize("hasAnyRole('COUNTY', 'INSPECTOR')")
    List<MatchingRun> recentRuns() {
        return runs.recent();
    }

    private static Warning masked(Warning w) {
        return new Warning(w.warningId(), w.householdId(), mask(w.personId()), w.personKind(), w.source(), w.code(),
                w.detail(), null, w.status(), w.raisedAt(), w.resolvedAt(), w.resolvedBy(), w.resolution());
    }

    private static String mask(String idNumber) {
        return idNumber == null ? null : org.yangguang.household.IdNumbers.mask(idNumber);
    }
}
