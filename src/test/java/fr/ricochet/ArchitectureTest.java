package fr.ricochet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/**
 * The packages follow a draft's journey: request in, text measured, tips checked, findings scored,
 * report out. A step may use earlier steps and the rules, never a later step.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ricochet");

    @Test
    void noStepReachesBackIntoAnEarlierOneOrForwardIntoALaterOne() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rules").definedBy("fr.ricochet.rules..")
                .layer("request").definedBy("fr.ricochet.request..")
                .layer("measure").definedBy("fr.ricochet.measure..")
                .layer("check").definedBy("fr.ricochet.check..")
                .layer("score").definedBy("fr.ricochet.score..")
                .layer("report").definedBy("fr.ricochet.report..")
                .layer("engine").definedBy("fr.ricochet.engine..")
                .layer("cli").definedBy("fr.ricochet.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("engine").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("engine", "cli")
                .whereLayer("score").mayOnlyBeAccessedByLayers("report", "engine", "cli")
                .whereLayer("check").mayOnlyBeAccessedByLayers("score", "report", "engine", "cli")
                .whereLayer("measure").mayOnlyBeAccessedByLayers("check", "report", "engine", "cli")
                .whereLayer("request").mayOnlyBeAccessedByLayers("check", "report", "engine", "cli")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("measure", "check", "score", "report", "engine", "cli")
                .check(CLASSES);
    }
}
