package org.yangguang.audit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.audit.AuditEvent;
import org.yangguang.audit.AuditEvents.Exported;
import org.yangguang.audit.AuditSearch;
import org.yangguang.audit.AuditSearch.Filter;
import org.yangguang.audit.AuditVerifier;
import org.yangguang.audit.AuditVerifier.Verification;
import org.yangguang.audit.RedFlag;
import org.yangguang.audit.RedFlags;

/** The inspectors' window on the trail. Reads only; an export is itself recorded. */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('INSPECTOR')")
class AuditController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AuditSearch search;
    private final AuditVerifier verifier;
    private final RedFlags flags;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditController(AuditSearch search, AuditVerifier verifier, RedFlags flags, ObjectMapper json,
            ApplicationEventPublisher events, Clock clock) {
        this.search = search;
        this.verifier = verifier;
        this.flags = flags;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/events")
    List<AuditEventView> events(@RequestParam(required = false) Long caseId,
            @RequestParam(required = false) Long householdId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return views(search.search(new Filter(caseId, householdId, actor, type, from, to)));
    }

    @GetMapping("/cases/{caseId}")
    List<AuditEventView> dossier(@PathVariable long caseId) {
        return views(search.dossier(caseId));
    }

    @GetMapping("/verify")
    Verification verify() {
        return verifier.verify();
    }

    @GetMapping("/flags")
    List<RedFlag> flags() {
        return flags.all();
    }

    @GetMapping("/events.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long caseId,
            @RequestParam(required = false) Long householdId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            Principal caller) throws IOException {
        Filter filter = new Filter(caseId, householdId, actor, type, from, to);
        List<AuditEvent> found = search.search(filter);
        byte[] workbook = AuditExcel.write(found, clock.getZone());
        events.publishEvent(new Exported(caller.getName(), "AUDIT_EVENTS", found.size(), filter));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("audit-events.xlsx").build().toString())
                .body(workbook);
    }

    /** The dossier (the case's events and its household's) as a workbook, the export itself recorded. */
    @GetMapping("/cases/{caseId}.xlsx")
    ResponseEntity<byte[]> exportDossier(@PathVariable long caseId, Principal caller) throws IOException {
        List<AuditEvent> found = search.dossier(caseId);
        byte[] workbook = AuditExcel.write(found, clock.getZone());
        events.publishEvent(new Exported(caller.getName(), "AUDIT_DOSSIER", found.size(),
                new Filter(caseId, null, null, null, null, null)));
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("dossier-" + caseId + ".xlsx").build().toString())
                .body(workbook);
    }

    private List<AuditEventView> views(List<AuditEvent> found) {
        return found.stream().map(e -> AuditEventView.of(e, json)).toList();
    }
}
