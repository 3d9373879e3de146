package dev.burrow.bootstrap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walls the Maven module graph cannot state. Sibling modules arrive here as jars in a reactor build, so jars
 * are deliberately imported: excluding them would make every rule pass by checking nothing.
 */
class ArchitectureTest {

    private static JavaClasses burrow;

    @BeforeAll
    static void importClasses() {
        burrow = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::isNotTestJar)
                .importPackages("dev.burrow");
    }

    /** Test-jars (the fakes and contracts of application, the test database of adapter-jdbc) are test code too. */
    private static boolean isNotTestJar(com.tngtech.archunit.core.importer.Location location) {
        return !location.contains("-tests.jar");
    }

    @Test
    void every_module_is_imported() {
        for (String module : List.of("dev.burrow.domain", "dev.burrow.application", "dev.burrow.http",
                "dev.burrow.jdbc", "dev.burrow.github", "dev.burrow.mail", "dev.burrow.embedded",
                "dev.burrow.bootstrap")) {
            assertThat(burrow.containPackage(module)).as(module).isTrue();
        }
    }

    @Test
    void the_layers_point_inwards() {
        onionArchitecture()
                .domainModels("dev.burrow.domain..")
                .applicationServices("dev.burrow.application..")
                .adapter("http", "dev.burrow.http..")
                .adapter("jdbc", "dev.burrow.jdbc..")
                .adapter("github", "dev.burrow.github..")
                .adapter("mail", "dev.burrow.mail..")
                .ignoreDependency(
                        com.tngtech.archunit.base.DescribedPredicate.describe("the composition roots",
                                c -> c.getPackageName().startsWith("dev.burrow.bootstrap")
                                        || c.getPackageName().startsWith("dev.burrow.embedded")),
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
                .withOptionalLayers(true)
                .check(burrow);
    }

    /** javax.crypto is the JDK's own HMAC, which TOTP codes are made of: part of Java, not a framework. */
    @Test
    void the_domain_knows_only_java() {
        classes().that().resideInAPackage("dev.burrow.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", "dev.burrow.domain..")
                .check(burrow);
    }

    /**
     * Besides Java, the application knows the domain and zxcvbn: the password rule is zxcvbn's score, and the
     * estimator is pure computation (no I/O, no framework), so it sits in the core rather than behind a port.
     */
    @Test
    void the_application_knows_only_java_the_domain_and_zxcvbn() {
        classes().that().resideInAPackage("dev.burrow.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", "dev.burrow.domain..", "dev.burrow.application..",
                        "com.nulabinc.zxcvbn..")
                .check(burrow);
    }

    @Test
    void no_framework_or_sql_types_in_the_core() {
        noClasses().that().resideInAnyPackage("dev.burrow.domain..", "dev.burrow.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "com.fasterxml.jackson..",
                        "org.jdbi..", "java.sql..", "javax.sql..", "org.flywaydb..", "com.zaxxer..")
                .check(burrow);
    }

    @Test
    void adapters_never_call_each_other() {
        List<String> adapters = List.of("http", "jdbc", "github", "mail");
        for (String adapter : adapters) {
            String[] others = adapters.stream().filter(other -> !other.equals(adapter))
                    .map(other -> "dev.burrow." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.burrow." + adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(burrow);
        }
    }

    @Test
    void no_package_cycles() {
        slices().matching("dev.burrow.(**)").should().beFreeOfCycles().check(burrow);
    }

    @Test
    void services_hide_behind_their_use_case_interfaces() {
        classes().that().resideInAPackage("dev.burrow.application..").and().haveSimpleNameEndingWith("Service")
                .should().notBePublic()
                .check(burrow);
    }

    @Test
    void names_say_what_things_are() {
        noClasses().should().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Manager")
                .check(burrow);
    }
}
