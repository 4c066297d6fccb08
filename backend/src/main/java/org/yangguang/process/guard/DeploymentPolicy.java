package org.yangguang.process.guard;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a deployed model may use ({@code yangguang.deployment.*}, see docs/modeler.md): the beans
 * its expressions may call, the Java classes and external-task topics it may name (none by
 * default), the candidate-group expressions of user tasks (the jurisdiction convention), and the
 * task keys a process must keep.
 */
@ConfigurationProperties("yangguang.deployment")
public record DeploymentPolicy(
        List<String> allowedBeans,
        @DefaultValue List<String> allowedClasses,
        @DefaultValue List<String> servedTopics,
        List<String> candidateGroups,
        Map<String, List<String>> requiredTaskKeys) {

    public DeploymentPolicy {
        allowedBeans = allowedBeans == null ? List.of() : List.copyOf(allowedBeans);
        allowedClasses = allowedClasses == null ? List.of() : List.copyOf(allowedClasses);
        servedTopics = servedTopics == null ? List.of() : List.copyOf(servedTopics);
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
        requiredTaskKeys = requiredTaskKeys == null ? Map.of() : Map.copyOf(requiredTaskKeys);
    }
}
