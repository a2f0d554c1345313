package ca.relais.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ca.relais");
    }

    @Test
    void domainDependsOnNoOtherRelaisPackageAndNoJavaFx() {
        noClasses().that().resideInAPackage("ca.relais.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.relais.api..", "ca.relais.search..",
                        "ca.relais.server..", "ca.relais.client..", "ca.relais.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void apiDependsOnlyOnDomain() {
        noClasses().that().resideInAPackage("ca.relais.api..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.relais.search..", "ca.relais.server..",
                        "ca.relais.client..", "ca.relais.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void serverNeverDependsOnTheClient() {
        noClasses().that().resideInAPackage("ca.relais.server..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.relais.client..", "ca.relais.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void clientNeverDependsOnTheServer() {
        noClasses().that().resideInAPackage("ca.relais.client..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.relais.server..", "ca.relais.cli..")
                .check(classes);
    }

    @Test
    void storeAndSyncKnowNothingOfTheUi() {
        noClasses().that().resideInAnyPackage("ca.relais.client.store..", "ca.relais.client.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.relais.client.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void theOfflineKnowledgeIndexKnowsNothingOfTheUi() {
        noClasses().that().resideInAPackage("ca.relais.client.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.relais.client.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void viewModelsImportNothingFromJavafxScene() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void searchIsIndependentOfServerAndClient() {
        noClasses().that().resideInAPackage("ca.relais.search..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.relais.server..", "ca.relais.client..",
                        "ca.relais.cli..", "javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void searchUsesOnlyDomainApiTheJdkAndLucene() {
        classes().that().resideInAPackage("ca.relais.search..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("ca.relais.search..", "ca.relais.domain..",
                        "ca.relais.api..", "java..", "org.apache.lucene..")
                .check(classes);
    }

    @Test
    void nobodyStartsRawThreadsInViewModels() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().callConstructor(Thread.class, Runnable.class)
                .orShould().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }
}
