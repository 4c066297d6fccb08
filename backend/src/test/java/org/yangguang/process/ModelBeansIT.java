package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.yangguang.support.ApiIT;

/** Every {@code ${bean…}} a model names exists in the application, so no model fails at run time for a missing bean. */
class ModelBeansIT extends ApiIT {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> PROCESS_VARIABLES = Set.of("closeRelative", "hadComplaint", "evidenceDuration",
            "investigatorGroup", "gradualExit", "gradualExitEnd");

    @Autowired
    ApplicationContext context;

    @Test
    void everyBeanAModelNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("..", "bpmn"))) {
            for (Path model : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = EXPRESSION.matcher(Files.readString(model));
                while (matcher.find()) {
                    String name = matcher.group(1);
                    if (!name.endsWith("Decision") && !name.endsWith("Code") && !PROCESS_VARIABLES.contains(name)) {
                        named.add(name);
                    }
                }
            }
        }
        assertThat(named).contains("caseStatus", "taskDeadline", "notices", "enrolment", "refusal", "verification",
                "recheck", "dueRechecks");
        for (String bean : named) {
            assertThat(context.containsBean(bean)).as("bean " + bean).isTrue();
        }
    }
}
