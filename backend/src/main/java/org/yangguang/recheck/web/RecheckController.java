package org.yangguang.recheck.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.PlainText;
import org.yangguang.common.Violations;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.RecheckSchedule;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.recheck.RecheckClass;
import org.yangguang.recheck.RecheckClasses;
import org.yangguang.recheck.RecheckTrigger;
import org.yangguang.recheck.Rechecks;

/**
 * Re-checks on demand, a household's class, and the class table (api.md "Households after
 * enrolment, re-checks, payments"); always through the jurisdiction guard.
 */
@RestController
class RecheckController {

    private static final int REASON_LIMIT = 500;

    private final Rechecks rechecks;
    private final RecheckClasses classes;
    private final HouseholdService households;
    private final CurrentOfficer current;

    RecheckController(Rechecks rechecks, RecheckClasses classes, HouseholdService households, CurrentOfficer current) {
        this.rechecks = rechecks;
        this.classes = classes;
        this.households = households;
        this.current = current;
    }

    @PostMapping("/api/households/{householdId}/rechecks")
    @PreAuthorize("hasAnyRole('TOWNSHIP', 'COUNTY')")
    ResponseEntity<Started> start(@PathVariable long householdId, @RequestBody(required = false) ReasonRequest request) {
        Household household = writable(householdId);
        String reason = request == null ? null : PlainText.of(request.reason());
        Violations.rejectIf(reason == null, "reason", "recheck.reason.required");
        Violations.rejectIf(reason.length() > REASON_LIMIT, "reason", "recheck.reason.tooLong", REASON_LIMIT);
        Rechecks.Started started = rechecks.start(household.householdId(), RecheckTrigger.OFFICER, reason, null, null,
                current.username());
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Started(started.record().caseId(), started.record().processInstanceId()));
    }

    @PutMapping("/api/households/{householdId}/recheck-class")
    @PreAuthorize("hasAnyRole('TOWNSHIP', 'COUNTY')")
    ScheduleView assign(@PathVariable long householdId, @RequestBody(required = false) ClassRequest request) {
        Household household = writable(householdId);
        Violations.rejectIf(household.schedule().recheckClass() == null, "householdId", "recheck.household.notReceiving");
        RecheckSchedule schedule = classes.assign(householdId, request == null ? null : request.recheckClass(),
                current.username());
        return ScheduleView.of(schedule);
    }

    @GetMapping("/api/recheck-classes")
    List<RecheckClass> all() {
        current.jurisdiction().readScope();
        return classes.all();
    }

    @PutMapping("/api/recheck-classes/{code}")
    @PreAuthorize("hasRole('COUNTY')")
    RecheckClass changeInterval(@PathVariable String code, @RequestBody(required = false) IntervalRequest request) {
        return classes.changeInterval(code, request == null ? null : request.intervalMonths(), current.username());
    }

    private Household writable(long householdId) {
        Household household = households.find(householdId).orElseThrow(() -> new NotFoundException("error.notFound"));
        current.jurisdiction().requireReadable(household.regionCode());
        current.jurisdiction().requireWritable(household.regionCode());
        return household;
    }

    record ReasonRequest(String reason) {}

    record ClassRequest(String recheckClass) {}

    record IntervalRequest(Integer intervalMonths) {}

    record Started(long caseId, String processInstanceId) {}

    record ScheduleView(String recheckClass, String recheckBase, String nextRecheck) {
        static ScheduleView of(RecheckSchedule schedule) {
            return new ScheduleView(schedule.recheckClass(), text(schedule.base()), text(schedule.next()));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
