package dev.burrow.examples;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.burrow.domain.HostApi;
import dev.burrow.domain.user.UserId;
import dev.burrow.examples.walls.ReachesInside;
import dev.burrow.http.UseCases;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example host is what a host is shown to write, so it keeps to the host API: it knows burrow only through
 * {@link HostApi} types (listed in {@code dev.burrow.embedded}'s package notes). That the marked API is closed, so
 * keeping to it is possible, is {@code ArchitectureTest}'s to check.
 */
class HostApiTest {

    static final ArchRule HOSTS_USE_ONLY_THE_HOST_API = noClasses()
            .that().resideInAPackage("dev.burrow.examples..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are burrow's but not @HostApi",
                    HostApiTest::isBurrowsInternal))
            .because("a host depends on the marked host API alone; the rest of burrow may change under it");

    private static boolean isBurrowsInternal(JavaClass type) {
        JavaClass base = type;
        while (base.isArray()) {
            base = base.getComponentType();
        }
        return base.getPackageName().startsWith("dev.burrow.")
                && !base.getPackageName().startsWith("dev.burrow.examples")
                && !base.isAnnotatedWith(HostApi.class);
    }

    @Test
    void the_example_host_uses_only_the_host_api() {
        JavaClasses host = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.burrow.examples");
        assertThat(host.contain(HostApp.class)).isTrue();

        HOSTS_USE_ONLY_THE_HOST_API.check(host);
    }

    @Test
    void the_rule_catches_a_host_that_reaches_inside() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesInside.class, UseCases.class,
                UserId.class);

        assertThat(HOSTS_USE_ONLY_THE_HOST_API.evaluate(offender).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(ReachesInside.class.getName(), UseCases.class.getName()))
                .noneSatisfy(line -> assertThat(line).contains("type <" + UserId.class.getName() + ">"));
    }
}
