package se.samverkan.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md, kept true by the build so nobody has to remember them. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.samverkan");
    }

    @Test
    void onlyUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("se.samverkan.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void onlyStoreKnowsSql() {
        noClasses().that().resideOutsideOfPackage("se.samverkan.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingElseInTheApplication() {
        noClasses().that().resideInAPackage("se.samverkan.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "se.samverkan.store..", "se.samverkan.service..", "se.samverkan.io..", "se.samverkan.ui..", "se.samverkan.cli..")
                .check(classes);
    }

    @Test
    void storeAndIoDoNotDependOnServicesOrFrontEnds() {
        noClasses().that().resideInAnyPackage("se.samverkan.store..", "se.samverkan.io..")
                .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.service..", "se.samverkan.ui..", "se.samverkan.cli..")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnFrontEnds() {
        noClasses().that().resideInAPackage("se.samverkan.service..")
                .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.ui..", "se.samverkan.cli..")
                .check(classes);
    }

    @Test
    void windowAndCommandLineDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("se.samverkan.cli..")
                .should().dependOnClassesThat().resideInAPackage("se.samverkan.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("se.samverkan.ui..")
                .should().dependOnClassesThat().resideInAPackage("se.samverkan.cli..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("se.samverkan.(**)").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("se.samverkan.store.jooq.."))
                .check(classes);
    }
}
