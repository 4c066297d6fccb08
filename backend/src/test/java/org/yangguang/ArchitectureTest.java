package org.yangguang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Package by feature: features form no cycles and do not reach into each other's internals. */
@AnalyzeClasses(packages = "org.yangguang", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("org.yangguang.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule internalsStayInsideTheirFeature =
            classes().should(new ArchCondition<JavaClass>("use no other feature's internal package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        String target = dependency.getTargetClass().getPackageName();
                        if (target.startsWith("org.yangguang.") && target.contains(".internal")) {
                            String feature = feature(target);
                            if (!feature.equals(feature(origin.getPackageName()))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                }
            });

    private static String feature(String packageName) {
        String rest = packageName.substring("org.yangguang".length());
        String[] parts = rest.split("\\.");
        return parts.length > 1 ? parts[1] : "";
    }
}
