package zone.xianggan.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout every service keeps (package by feature, then by role), checked on its compiled classes:
 * {@code model} is plain Java; {@code application} knows no HTTP and no API document (a web request record maps to
 * its command); {@code web} and {@code persistence} are thin adapters that do not reach into each other; features
 * do not depend on each other in a cycle.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static void check(String rootPackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);

        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..",
                        "javax.sql..", "org.apache.kafka..", "tools.jackson..", "io.cloudevents..", "io.swagger..",
                        "..web..", "..persistence..", "..application..", "..messaging..")
                .because("the domain is plain Java, free of web, persistence and messaging concerns")
                .check(classes);

        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework.web..",
                        "jakarta.servlet..", "org.springframework.http..", "io.swagger..")
                .because("use cases do not know how they are called: a web request maps to a command")
                .check(classes);

        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.springframework.jdbc..")
                .because("HTTP adapters go through the use cases, not to the database")
                .check(classes);

        noClasses().that().resideInAPackage("..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..")
                .check(classes);

        slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
