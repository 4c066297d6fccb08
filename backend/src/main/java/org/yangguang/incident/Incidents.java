package org.yangguang.incident;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseRecord;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.Violations;
import org.yangguang.common.logging.MaskingConverter;
import org.yangguang.identity.Jurisdiction;
import org.yangguang.incident.IncidentEvents.IncidentRetried;

/**
 * The open incidents of the engine, as a supervisor sees them: those of cases inside the caller's
 * jurisdiction, and those of processes that run for no case (the scheduled scans). Another try sets
 * the failed job's retries to one and makes it due now, which resolves the incident; if the job
 * fails again, a new incident opens.
 */
@Service
public class Incidents {

    /** Camunda's type of the incident of a job that ran out of retries. */
    static final String FAILED_JOB = Incident.FAILED_JOB_HANDLER_TYPE;

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final CaseFiles cases;
    private final ApplicationEventPublisher events;

    Incidents(RuntimeService runtime, ManagementService management, RepositoryService repository, CaseFiles cases,
            ApplicationEventPublisher events) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.cases = cases;
        this.events = events;
    }

    /** The open incidents the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<IncidentView> open(Jurisdiction jurisdiction) {
        List<Incident> incidents = runtime.createIncidentQuery().list();
        Map<String, ProcessInstance> instances = instancesOf(incidents);
        return incidents.stream()
                .map(incident -> view(incident, instances.get(incident.getProcessInstanceId())))
                .filter(view -> visible(view, jurisdiction))
                .sorted(Comparator.comparing(IncidentView::time).reversed().thenComparing(IncidentView::id))
                .toList();
    }

    /** One open incident the caller may see; 404 when it is resolved, unknown or outside the jurisdiction. */
    @Transactional(readOnly = true)
    public IncidentView require(String incidentId, Jurisdiction jurisdiction) {
        Incident incident = Optional.ofNullable(runtime.createIncidentQuery().incidentId(incidentId).singleResult())
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        ProcessInstance instance = incident.getProcessInstanceId() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId()).singleResult();
        IncidentView view = view(incident, instance);
        if (!visible(view, jurisdiction)) {
            throw new NotFoundException("error.notFound");
        }
        return view;
    }

    /** Gives the incident's failed job one more try, due now; recorded in the audit trail. */
    @Transactional
    public IncidentView retry(String incidentId, Jurisdiction jurisdiction) {
        IncidentView incident = require(incidentId, jurisdiction);
        Violations.rejectIf(!incident.retriable(), "incidentId", "incident.notRetriable");
        Job job = management.createJobQuery().jobId(incident.jobId()).singleResult();
        if (job == null) {
            throw new NotFoundException("error.notFound");
        }
        management.setJobRetries(job.getId(), 1);
        management.setJobDuedate(job.getId(), new Date());
        events.publishEvent(new IncidentRetried(jurisdiction.username(), incident));
        return incident;
    }

    private Map<String, ProcessInstance> instancesOf(List<Incident> incidents) {
        Set<String> ids = incidents.stream()
                .map(Incident::getProcessInstanceId)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
    }

    private IncidentView view(Incident incident, ProcessInstance instance) {
        ProcessDefinition definition = incident.getProcessDefinitionId() == null ? null
                : repository.getProcessDefinition(incident.getProcessDefinitionId());
        Long caseId = incident.getProcessInstanceId() == null ? null
                : cases.findByProcessInstance(incident.getProcessInstanceId()).map(CaseRecord::caseId).orElse(null);
        boolean failedJob = FAILED_JOB.equals(incident.getIncidentType());
        Instant time = incident.getIncidentTimestamp() == null ? Instant.EPOCH : incident.getIncidentTimestamp().toInstant();
        return new IncidentView(
                incident.getId(),
                incident.getIncidentType(),
                definition == null ? null : definition.getKey(),
                definition == null ? 0 : definition.getVersion(),
                incident.getProcessInstanceId(),
                instance == null ? null : instance.getBusinessKey(),
                caseId,
                incident.getActivityId(),
                MaskingConverter.mask(incident.getIncidentMessage()),
                time,
                failedJob ? incident.getConfiguration() : null,
                failedJob && incident.getConfiguration() != null);
    }

    /** A case's incident is the case's jurisdiction's; an incident of no case belongs to every supervisor. */
    private boolean visible(IncidentView incident, Jurisdiction jurisdiction) {
        if (incident.caseId() == null) {
            return true;
        }
        return cases.find(incident.caseId()).map(c -> jurisdiction.canRead(c.regionCode())).orElse(true);
    }
}
