package fr.ricochet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The packages follow a draft's journey: request in, text measured, tips checked, findings scored,
 * report out. A step may use earlier steps and the rules, never a later step. The typed values
 * ({@code fr.ricochet.value}) serve every step and use none.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ricochet");

    @Test
    void noStepReachesBackIntoAnEarlierOneOrForwardIntoALaterOne() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("value").definedBy("fr.ricochet.value..")
                .layer("rules").definedBy("fr.ricochet.rules..")
                .layer("request").definedBy("fr.ricochet.request..")
                .layer("measure").definedBy("fr.ricochet.measure..")
                .layer("check").definedBy("fr.ricochet.check..")
                .layer("score").definedBy("fr.ricochet.score..")
                .layer("report").definedBy("fr.ricochet.report..")
                .layer("engine").definedBy("fr.ricochet.engine..")
                .layer("archive").definedBy("fr.ricochet.archive..")
                .layer("audit").definedBy("fr.ricochet.audit..")
                .layer("workshop").definedBy("fr.ricochet.workshop..")
                .layer("server").definedBy("fr.ricochet.server..")
                .layer("cli").definedBy("fr.ricochet.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("workshop").mayOnlyBeAccessedByLayers("server", "cli")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("server", "cli")
                .whereLayer("archive").mayOnlyBeAccessedByLayers("audit", "server", "cli")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("workshop", "audit", "server", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("engine", "workshop", "audit", "server", "cli")
                .whereLayer("score").mayOnlyBeAccessedByLayers("report", "engine", "workshop", "audit", "server", "cli")
                .whereLayer("check").mayOnlyBeAccessedByLayers("score", "report", "engine", "workshop", "audit", "server", "cli")
                .whereLayer("measure").mayOnlyBeAccessedByLayers("check", "report", "engine", "workshop", "audit", "server", "cli")
                .whereLayer("request").mayOnlyBeAccessedByLayers("check", "report", "engine", "workshop", "archive", "audit",
                        "server", "cli")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("request", "measure", "check", "score", "report", "engine",
                        "workshop", "archive", "audit", "server", "cli")
                .check(CLASSES);
    }

    /**
     * Layers alone let two packages of one step lean on each other (the server once used its pages and its
     * pages used the server). Every package, sub-packages counted apart, must be free of cycles.
     */
    @Test
    void noPackageDependsOnItselfThroughAnother() {
        SlicesRuleDefinition.slices().matching("fr.ricochet.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
