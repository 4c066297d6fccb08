package org.yangguang.payment.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.common.Violations;
import org.yangguang.household.HouseholdService;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.payment.PaymentEvents;
import org.yangguang.payment.PaymentLine;
import org.yangguang.payment.PaymentRun;
import org.yangguang.payment.PaymentRuns;
import org.yangguang.region.RegionCodes;

/** Monthly payment runs of the caller's county (api.md "Households after enrolment, re-checks, payments"). */
@RestController
@RequestMapping("/api/payments/runs")
class PaymentController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PaymentRuns runs;
    private final HouseholdService households;
    private final CurrentOfficer current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentController(PaymentRuns runs, HouseholdService households, CurrentOfficer current,
            ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.runs = runs;
        this.households = households;
        this.current = current;
        this.events = events;
    }

    @PostMapping
    @PreAuthorize("hasRole('COUNTY')")
    ResponseEntity<RunView> pay(@RequestBody(required = false) RunRequest request) {
        String month = request == null ? null : request.month();
        Violations.rejectIf(month == null || !month.matches("\\d{4}-(0[1-9]|1[0-2])"), "month", "payment.month.format");
        PaymentRuns.Outcome outcome = runs.pay(RegionCodes.countyOf(current.get().regionCode()), YearMonth.parse(month),
                current.username());
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(RunView.of(outcome.run()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COUNTY', 'INSPECTOR')")
    List<RunView> list() {
        return runs.of(RegionCodes.countyOf(current.get().regionCode())).stream().map(RunView::of).toList();
    }

    @GetMapping("/{runId}/lines")
    @PreAuthorize("hasAnyRole('COUNTY', 'INSPECTOR')")
    List<LineView> lines(@PathVariable long runId) {
        runs.require(runId, current.jurisdiction().readScope());
        return runs.lines(runId).stream().map(l -> new LineView(l.householdId(), l.amount())).toList();
    }

    /** The bank's file: one row per line, with the head of household and the account paid into. */
    @GetMapping("/{runId}/bank.xlsx")
    @PreAuthorize("hasRole('COUNTY')")
    ResponseEntity<byte[]> bankFile(@PathVariable long runId) throws IOException {
        PaymentRun run = runs.require(runId, current.jurisdiction().readScope());
        List<PaymentLine> lines = runs.lines(runId);
        byte[] workbook = BankFile.write(run, lines, households::require, clock.getZone());
        events.publishEvent(new PaymentEvents.BankFileExported(current.username(), runId, run.month(), lines.size()));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("payments-" + run.month() + ".xlsx").build().toString())
                .body(workbook);
    }

    record RunRequest(String month) {}

    record RunView(long runId, String month, String status, int households, String total) {
        static RunView of(PaymentRun run) {
            return new RunView(run.runId(), run.month(), run.status(), run.households(),
                    run.total().setScale(2).toPlainString());
        }
    }

    record LineView(long householdId, BigDecimal amount) {}
}
