package org.yangguang.application.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.application.ApplicationService;
import org.yangguang.casework.CaseRecord;
import org.yangguang.household.HouseholdForm;

/** Intake: a village officer (代办) or the township window registers a household's application. */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    private final ApplicationService applications;

    ApplicationController(ApplicationService applications) {
        this.applications = applications;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('VILLAGE', 'TOWNSHIP')")
    Created apply(@RequestBody HouseholdForm form) {
        CaseRecord opened = applications.apply(form);
        return new Created(opened.caseId(), opened.processInstanceId(), opened.status().name());
    }

    record Created(long caseId, String processInstanceId, String status) {}
}
