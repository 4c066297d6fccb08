package org.yangguang.incident.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.incident.IncidentView;
import org.yangguang.incident.Incidents;

/** The open incidents of the engine and another try of a failed job; supervisors only. */
@RestController
@RequestMapping("/api/incidents")
@PreAuthorize("hasRole('SUPERVISOR')")
class IncidentController {

    private final Incidents incidents;
    private final CurrentOfficer current;

    IncidentController(Incidents incidents, CurrentOfficer current) {
        this.incidents = incidents;
        this.current = current;
    }

    @GetMapping
    List<IncidentView> open() {
        return incidents.open(current.jurisdiction());
    }

    @GetMapping("/{incidentId}")
    IncidentView one(@PathVariable String incidentId) {
        return incidents.require(incidentId, current.jurisdiction());
    }

    /** Sets the failed job's retries to one, due now; answers the incident as it was before. */
    @PostMapping("/{incidentId}/retry")
    IncidentView retry(@PathVariable String incidentId) {
        return incidents.retry(incidentId, current.jurisdiction());
    }
}
