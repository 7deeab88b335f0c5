package nl.beraad.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the one-way dependency direction: domain <- app <- adapters <- cli, and System.exit only in Main. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.beraad");
    }

    @Test
    void dependenciesPointInwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy("nl.beraad.domain..")
                .layer("Text").definedBy("nl.beraad.text..")
                .layer("App").definedBy("nl.beraad.app..")
                .layer("Adapters").definedBy("nl.beraad.content..", "nl.beraad.store..", "nl.beraad.report..",
                        "nl.beraad.ui..", "nl.beraad.web..")
                .layer("Cli").definedBy("nl.beraad.cli..")
                .layer("Main").definedBy("nl.beraad")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Adapters", "Cli")
                .whereLayer("Text").mayOnlyBeAccessedByLayers("Adapters", "Cli")
                .check(classes);
    }

    /** A new package must join a layer, or the rules above would not hold it: the layered check only sees packages it names. */
    @Test
    void everyPackageBelongsToALayer() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .should().resideInAnyPackage("nl.beraad", "nl.beraad.domain..", "nl.beraad.text..", "nl.beraad.app..",
                        "nl.beraad.content..", "nl.beraad.store..", "nl.beraad.report..", "nl.beraad.ui..",
                        "nl.beraad.web..", "nl.beraad.cli..")
                .check(classes);
    }

    @Test
    void theDomainKnowsNoLibrary() {
        noClasses().that().resideInAPackage("nl.beraad.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("nl.beraad.domain..", "java..")
                .check(classes);
    }

    @Test
    void adaptersDoNotReachIntoEachOther() {
        for (String adapter : new String[] {"content", "store", "report", "ui", "web"}) {
            String[] others = java.util.stream.Stream.of("content", "store", "report", "ui", "web")
                    .filter(a -> !a.equals(adapter)).map(a -> "nl.beraad." + a + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("nl.beraad." + adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }

    @Test
    void onlyMainEndsTheProcess() {
        noClasses().that().doNotHaveFullyQualifiedName("nl.beraad.Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }
}
