package org.yangguang.process.versions.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.process.versions.ProcessVersions;

/** Supervisors see each process's deployed versions with their running instances. */
@RestController
@RequestMapping("/api/process-versions")
@PreAuthorize("hasRole('SUPERVISOR')")
class ProcessVersionController {

    private final ProcessVersions versions;

    ProcessVersionController(ProcessVersions versions) {
        this.versions = versions;
    }

    @GetMapping
    List<ProcessVersions.ProcessHistory> list() {
        return versions.list();
    }
}
