package org.yangguang.process.versions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;

/** Each process key's deployed versions, newest first, with the instances running on each and where they wait. */
@Service
public class ProcessVersions {

    /** A process key with its versions. */
    public record ProcessHistory(String key, String name, List<Version> versions) {}

    /** One deployed version of a process and its running instances. */
    public record Version(String definitionId, int version, String versionTag, String name, String deploymentId,
            String deploymentName, String source, Instant deployedAt, long runningInstances, boolean latest,
            List<WaitingAt> waitingAt) {}

    /** How many running instances of a version wait in one activity. */
    public record WaitingAt(String activityId, String activityName, long instances) {}

    private final ManagementService management;
    private final RepositoryService repository;

    ProcessVersions(ManagementService management, RepositoryService repository) {
        this.management = management;
        this.repository = repository;
    }

    public List<ProcessHistory> list() {
        Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, List<ProcessDefinitionStatistics>> byKey = management.createProcessDefinitionStatisticsQuery().list()
                .stream()
                .sorted(Comparator.comparing(ProcessDefinitionStatistics::getKey)
                        .thenComparing(ProcessDefinitionStatistics::getVersion, Comparator.reverseOrder()))
                .collect(Collectors.groupingBy(ProcessDefinitionStatistics::getKey, LinkedHashMap::new,
                        Collectors.toList()));
        List<ProcessHistory> processes = new ArrayList<>();
        byKey.forEach((key, definitions) -> {
            List<Version> versions = new ArrayList<>();
            for (ProcessDefinitionStatistics d : definitions) {
                Deployment deployment = deployments.get(d.getDeploymentId());
                versions.add(new Version(d.getId(), d.getVersion(), d.getVersionTag(), d.getName(), d.getDeploymentId(),
                        deployment == null ? null : deployment.getName(),
                        deployment == null ? null : deployment.getSource(),
                        deployment == null || deployment.getDeploymentTime() == null ? null
                                : deployment.getDeploymentTime().toInstant(),
                        d.getInstances(), versions.isEmpty(), d.getInstances() == 0 ? List.of() : waitingAt(d.getId())));
            }
            processes.add(new ProcessHistory(key, definitions.get(0).getName(), versions));
        });
        return processes;
    }

    private List<WaitingAt> waitingAt(String definitionId) {
        var model = repository.getBpmnModelInstance(definitionId);
        return management.createActivityStatisticsQuery(definitionId).list().stream()
                .filter(a -> a.getInstances() > 0)
                .sorted(Comparator.comparing(ActivityStatistics::getId))
                .map(a -> new WaitingAt(a.getId(), nameOf(model.getModelElementById(a.getId())), a.getInstances()))
                .toList();
    }

    static String nameOf(ModelElementInstance element) {
        return element instanceof FlowElement flowElement ? flowElement.getName() : null;
    }
}
