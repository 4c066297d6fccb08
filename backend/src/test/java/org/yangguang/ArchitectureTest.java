package org.yangguang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Package by feature: features form no cycles and do not reach into each other's internals.
 * Plain JUnit tests (not ArchUnit's own engine, which this Surefire version does not run).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.yangguang");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.yangguang.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void internalsStayInsideTheirFeature() {
        classes().should(useNoOtherFeaturesInternals()).check(CLASSES);
    }

    @Test
    void theRulesSeeTheWholeApplication() {
        org.assertj.core.api.Assertions.assertThat(CLASSES.containPackage("org.yangguang.identity.internal")).isTrue();
        org.assertj.core.api.Assertions.assertThat(CLASSES.size()).isGreaterThan(50);
    }

    private static ArchCondition<JavaClass> useNoOtherFeaturesInternals() {
        return new ArchCondition<>("use no other feature's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (target.startsWith("org.yangguang.") && target.contains(".internal")
                            && !feature(target).equals(feature(origin.getPackageName()))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String feature(String packageName) {
        String[] parts = packageName.substring("org.yangguang".length()).split("\\.");
        return parts.length > 1 ? parts[1] : "";
    }
}
