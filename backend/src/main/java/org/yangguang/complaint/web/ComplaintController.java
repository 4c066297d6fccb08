package org.yangguang.complaint.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.common.Violations;
import org.yangguang.complaint.Complaint;
import org.yangguang.complaint.ComplaintForm;
import org.yangguang.complaint.ComplaintIntake;
import org.yangguang.complaint.ComplaintStatistics;
import org.yangguang.complaint.ComplaintStatus;
import org.yangguang.complaint.Complaints;
import org.yangguang.complaint.LedgerFilter;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.identity.Jurisdiction;
import org.yangguang.identity.OfficerView;
import org.yangguang.region.RegionScope;
import org.yangguang.region.RegionService;

/** The complaints desk and ledger, within the caller's jurisdiction. */
@RestController
class ComplaintController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ComplaintIntake intake;
    private final Complaints complaints;
    private final CurrentOfficer current;
    private final RegionService regions;
    private final Clock clock;

    ComplaintController(ComplaintIntake intake, Complaints complaints, CurrentOfficer current, RegionService regions,
            Clock clock) {
        this.intake = intake;
        this.complaints = complaints;
        this.current = current;
        this.regions = regions;
        this.clock = clock;
    }

    @PostMapping("/api/complaints")
    @PreAuthorize("hasAnyRole('VILLAGE', 'TOWNSHIP', 'COUNTY')")
    ResponseEntity<Map<String, Object>> register(@RequestBody ComplaintForm form) {
        OfficerView officer = current.get();
        Complaint complaint = intake.register(form, officer, current.jurisdictionOf(officer));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("complaintId", complaint.complaintId(),
                "trackingCode", complaint.trackingCode(), "processInstanceId", complaint.processInstanceId()));
    }

    /** The ledger; {@code caseId} / {@code householdId} narrow it to the complaints concerning one case or household. */
    @GetMapping("/api/complaints")
    List<LedgerLine> ledger(@RequestParam(required = false) String status,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) Long caseId,
            @RequestParam(required = false) Long householdId) {
        return ledgerOf(regionCode, new LedgerFilter(status(status), caseId, householdId)).stream()
                .map(c -> LedgerLine.of(c, clock.instant()))
                .toList();
    }

    @GetMapping("/api/complaints/{complaintId}")
    ComplaintDetail one(@PathVariable long complaintId) {
        return ComplaintDetail.of(complaints.readable(complaintId, current.jurisdiction()), clock.instant());
    }

    @GetMapping("/api/complaints/statistics")
    ComplaintStatistics statistics(@RequestParam(required = false) String status,
            @RequestParam(required = false) String regionCode) {
        return ComplaintStatistics.of(ledgerOf(status, regionCode));
    }

    @GetMapping("/api/complaints.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String status,
            @RequestParam(required = false) String regionCode) {
        byte[] workbook = LedgerExcel.write(ledgerOf(status, regionCode), clock.instant(), clock.getZone());
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"complaints.xlsx\"")
                .body(workbook);
    }

    private List<Complaint> ledgerOf(String status, String regionCode) {
        return ledgerOf(regionCode, new LedgerFilter(status(status), null, null));
    }

    private List<Complaint> ledgerOf(String regionCode, LedgerFilter filter) {
        Jurisdiction jurisdiction = current.jurisdiction();
        RegionScope scope = jurisdiction.narrowTo(
                regionCode == null || regionCode.isBlank() ? null : regions.require(regionCode.trim()));
        return complaints.ledger(scope, filter);
    }

    private static ComplaintStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ComplaintStatus.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            Violations.reject("status", "complaint.status.invalid");
            return null;
        }
    }
}
