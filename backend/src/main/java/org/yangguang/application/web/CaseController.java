package org.yangguang.application.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.casework.CaseDocument;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseStatus;
import org.yangguang.common.NotFoundException;
import org.yangguang.household.HouseholdService;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.identity.Jurisdiction;
import org.yangguang.region.RegionService;

/** Cases as officers read them, always through the jurisdiction guard. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private static final int LIST_LIMIT = 500;

    private final CaseFiles cases;
    private final CaseViews views;
    private final CurrentOfficer current;
    private final RegionService regions;
    private final HouseholdService households;
    private final HistoryService history;
    private final RepositoryService repository;

    CaseController(CaseFiles cases, CaseViews views, CurrentOfficer current, RegionService regions,
            HouseholdService households, HistoryService history, RepositoryService repository) {
        this.cases = cases;
        this.views = views;
        this.current = current;
        this.regions = regions;
        this.households = households;
        this.history = history;
        this.repository = repository;
    }

    @GetMapping
    List<CaseSummary> list(@RequestParam(required = false) String regionCode,
            @RequestParam(required = false) CaseStatus status) {
        Jurisdiction jurisdiction = current.jurisdiction();
        var scope = jurisdiction.narrowTo(regionCode == null ? null : regions.require(regionCode));
        return cases.list(scope, status, null, LIST_LIMIT).stream()
                .map(c -> {
                    var household = households.require(c.householdId());
                    return new CaseSummary(c.caseId(), c.kind().name(), c.status().name(), c.regionCode(),
                            household.head().name(), household.size(), c.appliedAt(), c.dueAt());
                })
                .toList();
    }

    @GetMapping("/{caseId}")
    CaseView get(@PathVariable long caseId) {
        return views.of(readable(caseId));
    }

    @GetMapping("/{caseId}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long caseId, @PathVariable long documentId) {
        readable(caseId);
        CaseDocument document = cases.document(documentId)
                .filter(d -> d.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString())
                .body(cases.documentContent(documentId));
    }

    /** The case's model with the steps it passed and the ones it waits in, for the diagram on the case page. */
    @GetMapping("/{caseId}/process")
    ProcessPath process(@PathVariable long caseId) {
        CaseRecord record = readable(caseId);
        if (record.processInstanceId() == null) {
            throw new NotFoundException("error.notFound");
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(record.processInstanceId())
                .singleResult();
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(record.processInstanceId())
                .orderByHistoricActivityInstanceStartTime()
                .asc()
                .list();
        Set<String> active = activities.stream()
                .filter(a -> a.getEndTime() == null)
                .map(HistoricActivityInstance::getActivityId)
                .collect(Collectors.toSet());
        List<String> completed = activities.stream()
                .filter(a -> a.getEndTime() != null)
                .map(HistoricActivityInstance::getActivityId)
                .distinct()
                .toList();
        String xml;
        try (var stream = repository.getProcessModel(instance.getProcessDefinitionId())) {
            xml = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return new ProcessPath(instance.getProcessDefinitionId(), instance.getProcessDefinitionKey(), xml,
                completed, List.copyOf(active));
    }

    private CaseRecord readable(long caseId) {
        Jurisdiction jurisdiction = current.jurisdiction();
        jurisdiction.readScope();
        CaseRecord record = cases.find(caseId).orElseThrow(() -> new NotFoundException("error.notFound"));
        jurisdiction.requireReadable(record.regionCode());
        return record;
    }

    record CaseSummary(long caseId, String kind, String status, String regionCode, String headName,
            int householdSize, java.time.Instant appliedAt, java.time.Instant dueAt) {}

    record ProcessPath(String processDefinitionId, String processKey, String bpmnXml, List<String> completedActivityIds,
            List<String> activeActivityIds) {}
}
