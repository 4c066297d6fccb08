package org.yangguang.allowance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The calculation serves applications and re-checks alike, so it knows nothing of the household
 * feature but its two enums. (A plain JUnit test: it runs whatever engines the build discovers.)
 */
class AllowanceBoundaryTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.yangguang.allowance", "org.yangguang.household");

    @Test
    void allowanceUsesOnlyTheIncomeAndAssetTypesOfTheHouseholdFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.yangguang.allowance..")
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "household classes other than IncomeType and AssetType",
                        target -> target.getPackageName().startsWith("org.yangguang.household")
                                && !target.getSimpleName().equals("IncomeType")
                                && !target.getSimpleName().equals("AssetType")))
                .check(classes);
    }
}
