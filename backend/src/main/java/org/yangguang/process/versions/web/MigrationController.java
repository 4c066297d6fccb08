package org.yangguang.process.versions.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.process.versions.Migrations;

/**
 * Supervisors migrate running instances from one version of a process to another: a dry run
 * first (nothing changes), then the migration as a batch whose progress they follow.
 */
@RestController
@RequestMapping("/api/migrations")
@PreAuthorize("hasRole('SUPERVISOR')")
class MigrationController {

    private static final int RECENT = 20;

    private final Migrations migrations;
    private final CurrentOfficer current;

    MigrationController(Migrations migrations, CurrentOfficer current) {
        this.migrations = migrations;
        this.current = current;
    }

    @PostMapping("/dry-run")
    Migrations.DryRun dryRun(@RequestBody(required = false) MigrationRequest request) {
        MigrationRequest body = request == null ? MigrationRequest.EMPTY : request;
        return migrations.dryRun(body.sourceDefinitionId(), body.targetDefinitionId(), current.username());
    }

    /** 202: the batch is created; its jobs move the instances in the background. */
    @PostMapping
    ResponseEntity<Migrations.Started> start(@RequestBody(required = false) MigrationRequest request) {
        MigrationRequest body = request == null ? MigrationRequest.EMPTY : request;
        Migrations.Started started = migrations.start(body.sourceDefinitionId(), body.targetDefinitionId(),
                current.get());
        return ResponseEntity.accepted().location(URI.create("/api/migrations/" + started.batchId())).body(started);
    }

    @GetMapping("/{batchId}")
    Migrations.Progress progress(@PathVariable String batchId) {
        return migrations.progress(batchId);
    }

    @GetMapping
    List<Migrations.Progress> recent() {
        return migrations.recent(RECENT);
    }

    record MigrationRequest(String sourceDefinitionId, String targetDefinitionId) {
        static final MigrationRequest EMPTY = new MigrationRequest(null, null);
    }
}
