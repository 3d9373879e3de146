package dev.burrow.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.burrow.bootstrap.walls.LeakyHostApi;
import dev.burrow.bootstrap.walls.MapTakingUseCases;
import dev.burrow.bootstrap.walls.ReadsARow;
import dev.burrow.domain.HostApi;
import dev.burrow.jdbc.user.UserRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
                "dev.burrow.jdbc", "dev.burrow.github", "dev.burrow.mail", "dev.burrow.webauthn",
                "dev.burrow.geoip", "dev.burrow.embedded", "dev.burrow.bootstrap")) {
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
                .adapter("webauthn", "dev.burrow.webauthn..")
                .adapter("geoip", "dev.burrow.geoip..")
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
        List<String> adapters = List.of("http", "jdbc", "github", "mail", "webauthn", "geoip");
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

    /**
     * The JDBC adapter's row records and Jdbi query interfaces are how its tables look, not what burrow is: nothing
     * outside {@code dev.burrow.jdbc} may know them, not even the composition roots, which take the ports.
     */
    static final ArchRule ROWS_AND_QUERIES_STAY_IN_THE_JDBC_ADAPTER = noClasses()
            .that().resideOutsideOfPackage("dev.burrow.jdbc..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are rows or queries of dev.burrow.jdbc",
                    ArchitectureTest::isRowOrQueries))
            .because("tables are the JDBC adapter's own business; others speak the ports");

    private static boolean isRowOrQueries(JavaClass type) {
        return type.getPackageName().startsWith("dev.burrow.jdbc")
                && (type.getSimpleName().endsWith("Row") || type.getSimpleName().endsWith("Queries"));
    }

    @Test
    void rows_and_queries_stay_in_the_jdbc_adapter() {
        ROWS_AND_QUERIES_STAY_IN_THE_JDBC_ADAPTER.check(burrow);
    }

    /**
     * Each table's rows and queries are its repository's alone. {@code UserRow} is the one exception: a key is read
     * with its holder in one statement ({@code jdbc.apikey.KeyHolderRow} nests the user's row).
     */
    @Test
    void rows_and_queries_are_package_private() {
        classes().that(DescribedPredicate.describe("are rows or queries of dev.burrow.jdbc",
                        ArchitectureTest::isRowOrQueries))
                .and().doNotHaveFullyQualifiedName(UserRow.class.getName())
                .should().notBePublic()
                .check(burrow);
    }

    @Test
    void the_rows_rule_catches_a_class_outside_the_adapter_that_reads_a_row() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsARow.class, UserRow.class);

        assertThat(ROWS_AND_QUERIES_STAY_IN_THE_JDBC_ADAPTER.evaluate(offender).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(ReadsARow.class.getName(), UserRow.class.getName()));
    }

    /**
     * Only the HTTP adapter speaks Javalin (and the composition roots, which mount it): another adapter that
     * reached for it would be an HTTP adapter in disguise.
     */
    @Test
    void javalin_stays_in_the_http_adapter() {
        noClasses().that().resideOutsideOfPackages("dev.burrow.http..", "dev.burrow.embedded..",
                        "dev.burrow.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(burrow);
    }

    /**
     * Only the WebAuthn adapter knows webauthn4j (and the Jackson 3 it brings for CBOR); the composition roots build
     * it. The core sees passkeys through the PasskeyVerifier port alone.
     */
    @Test
    void webauthn4j_stays_in_the_webauthn_adapter() {
        noClasses().that().resideOutsideOfPackages("dev.burrow.webauthn..")
                .should().dependOnClassesThat().resideInAnyPackage("com.webauthn4j..", "tools.jackson..")
                .check(burrow);
    }

    /** Only the JDBC adapter speaks SQL (and the composition roots, which hand it a data source). */
    @Test
    void sql_stays_in_the_jdbc_adapter() {
        noClasses().that().resideOutsideOfPackages("dev.burrow.jdbc..", "dev.burrow.embedded..",
                        "dev.burrow.bootstrap..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..",
                        "org.flywaydb..", "com.zaxxer..")
                .check(burrow);
    }

    /**
     * The use cases that still take a JSON body as a {@code Map} (or its query string), by class name. Empty: the
     * last one, {@code UpdateUserUseCase}, takes the notification settings as the domain's typed change now. Kept,
     * with its check ({@link #the_use_cases_allowed_a_map_still_take_one}), so that the list can only stay empty: a
     * new use case may never join it.
     */
    static final Set<String> USE_CASES_STILL_TAKING_MAPS = Set.of();

    /**
     * Inbound ports take typed Java values: no method of a {@code *UseCase} interface in {@code packages} takes a
     * {@link Map}, whether as the parameter itself, inside a type argument ({@code Supplier<Map<String, ?>>}), or
     * in a field of a command record declared in those packages.
     */
    static ArchRule useCasesTakeNoMaps(String packages, Set<String> allowed) {
        return classes().that().areInterfaces().and().resideInAPackage(packages)
                .and().haveSimpleNameEndingWith("UseCase")
                .and(DescribedPredicate.describe("are not on the allow-list", type -> !allowed.contains(type.getName())))
                .should(takeNoMaps(packages))
                .because("the HTTP adapter turns JSON into typed commands; the application never sees the wire");
    }

    private static ArchCondition<JavaClass> takeNoMaps(String packages) {
        return new ArchCondition<>("take no java.util.Map, nor a command carrying one") {
            @Override
            public void check(JavaClass useCase, ConditionEvents events) {
                for (String found : mapsTakenBy(useCase, packages)) {
                    events.add(SimpleConditionEvent.violated(useCase, found));
                }
            }
        };
    }

    /** Each place a use case's methods take a {@link Map}, as "method takes where". */
    private static List<String> mapsTakenBy(JavaClass useCase, String packages) {
        List<String> found = new ArrayList<>();
        for (JavaMethod method : useCase.getMethods()) {
            for (JavaType parameter : method.getParameterTypes()) {
                mapIn(parameter, PackageMatcher.of(packages), new HashSet<>())
                        .ifPresent(where -> found.add(method.getFullName() + " takes " + where));
            }
        }
        return found;
    }

    private static Optional<String> mapIn(JavaType type, PackageMatcher commands, Set<String> seen) {
        JavaClass erasure = type.toErasure();
        if (erasure.isAssignableTo(Map.class)) {
            return Optional.of(type.getName());
        }
        List<JavaType> inside = new ArrayList<>();
        if (type instanceof JavaParameterizedType parameterized) {
            inside.addAll(parameterized.getActualTypeArguments());
        } else if (type instanceof JavaWildcardType wildcard) {
            inside.addAll(wildcard.getUpperBounds());
            inside.addAll(wildcard.getLowerBounds());
        } else if (type instanceof JavaTypeVariable<?> variable && seen.add("variable " + variable.getName())) {
            inside.addAll(variable.getUpperBounds());
        } else if (type instanceof JavaGenericArrayType array) {
            inside.add(array.getComponentType());
        }
        if (erasure.isArray()) {
            inside.add(erasure.getComponentType());
        }
        for (JavaType each : inside) {
            Optional<String> found = mapIn(each, commands, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        if (commands.matches(erasure.getPackageName()) && !erasure.isInterface() && seen.add(erasure.getName())) {
            for (JavaField field : erasure.getFields()) {
                if (!field.getModifiers().contains(JavaModifier.STATIC)) {
                    Optional<String> found = mapIn(field.getType(), commands, seen);
                    if (found.isPresent()) {
                        return Optional.of(erasure.getSimpleName() + "." + field.getName() + ": " + found.get());
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void use_cases_take_typed_values_not_json_maps() {
        useCasesTakeNoMaps("dev.burrow.application..", USE_CASES_STILL_TAKING_MAPS).check(burrow);
    }

    @Test
    void the_use_cases_allowed_a_map_still_take_one() {
        for (String name : USE_CASES_STILL_TAKING_MAPS) {
            assertThat(burrow.contain(name)).as("%s is no more: remove it from USE_CASES_STILL_TAKING_MAPS", name)
                    .isTrue();
            assertThat(mapsTakenBy(burrow.get(name), "dev.burrow.application.."))
                    .as("%s takes no Map any more: remove it from USE_CASES_STILL_TAKING_MAPS", name)
                    .isNotEmpty();
        }
    }

    /** The rule sees a Map as a parameter, inside a Supplier and in a command's field, and lets typed values by. */
    @Test
    void the_map_rule_catches_a_new_use_case_taking_a_map() {
        JavaClasses fixtures = new ClassFileImporter().importPackagesOf(MapTakingUseCases.class);

        List<String> details = useCasesTakeNoMaps("dev.burrow.bootstrap.walls..", Set.of())
                .evaluate(fixtures).getFailureReport().getDetails();

        assertThat(String.join("\n", details))
                .contains("BodyUseCase.save(java.util.Map)", "SuppliedBodyUseCase.save(java.util.function.Supplier)",
                        "CommandUseCase.run(", "Command.body: java.util.Map")
                .doesNotContain("TypedUseCase");
        assertThat(useCasesTakeNoMaps("dev.burrow.bootstrap.walls..", Set.of(
                MapTakingUseCases.BodyUseCase.class.getName(), MapTakingUseCases.SuppliedBodyUseCase.class.getName(),
                MapTakingUseCases.CommandUseCase.class.getName())).evaluate(fixtures).hasViolation()).isFalse();
    }

    /**
     * One composition: the slices' factories are called in {@code dev.burrow.http.UseCases#over} alone, which
     * burrow's server, embedding hosts and the HTTP tests all build through, so that tests run what hosts run.
     * (The adapters still call the use cases the factories made; only the static factories are walled in.)
     * Provisioning is apart: the admin commands drive it, not the HTTP adapter.
     */
    @Test
    void the_use_cases_are_wired_in_one_place() {
        noClasses().that().resideOutsideOfPackage("dev.burrow.application..")
                .and().doNotHaveFullyQualifiedName("dev.burrow.http.UseCases")
                .should().callMethodWhere(DescribedPredicate.describe("the target is a slice's use-case factory",
                        call -> isSliceFactory(call.getTargetOwner()) && call.getTarget().resolveMember()
                                .map(method -> method.getModifiers().contains(JavaModifier.STATIC)).orElse(false)))
                .check(burrow);
    }

    private static boolean isSliceFactory(JavaClass type) {
        return type.getPackageName().startsWith("dev.burrow.application.")
                && type.getSimpleName().endsWith("UseCases")
                && !type.getSimpleName().equals("ProvisioningUseCases");
    }

    /**
     * The host API is closed: a type a public member of a {@link HostApi} type takes or gives back, if it is
     * burrow's, is {@link HostApi} too, so a host that keeps to the marked types never needs an unmarked one.
     */
    static final ArchRule THE_HOST_API_IS_CLOSED = classes()
            .that().areAnnotatedWith(HostApi.class)
            .should(new ArchCondition<JavaClass>("speak only host-API types of burrow in their public signatures") {
                @Override
                public void check(JavaClass api, ConditionEvents events) {
                    for (JavaCodeUnit member : api.getCodeUnits()) {
                        if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
                            continue;
                        }
                        List<JavaType> spoken = new ArrayList<>(member.getParameterTypes());
                        spoken.add(member.getReturnType());
                        for (JavaType type : spoken) {
                            for (JavaClass used : burrowTypesIn(type, new HashSet<>())) {
                                if (!used.isAnnotatedWith(HostApi.class)) {
                                    events.add(SimpleConditionEvent.violated(api, member.getFullName() + " speaks "
                                            + used.getName() + ", which is not @HostApi"));
                                }
                            }
                        }
                    }
                }
            })
            .because("a host that keeps to the marked types must never need an unmarked one");

    private static Set<JavaClass> burrowTypesIn(JavaType type, Set<JavaType> seen) {
        Set<JavaClass> found = new HashSet<>();
        if (!seen.add(type)) {
            return found;
        }
        JavaClass erasure = type.toErasure();
        while (erasure.isArray()) {
            erasure = erasure.getComponentType();
        }
        if (erasure.getPackageName().startsWith("dev.burrow")) {
            found.add(erasure);
        }
        if (type instanceof JavaParameterizedType parameterized) {
            parameterized.getActualTypeArguments().forEach(each -> found.addAll(burrowTypesIn(each, seen)));
        } else if (type instanceof JavaWildcardType wildcard) {
            wildcard.getUpperBounds().forEach(each -> found.addAll(burrowTypesIn(each, seen)));
            wildcard.getLowerBounds().forEach(each -> found.addAll(burrowTypesIn(each, seen)));
        } else if (type instanceof JavaGenericArrayType array) {
            found.addAll(burrowTypesIn(array.getComponentType(), seen));
        }
        return found;
    }

    @Test
    void the_host_api_is_closed() {
        THE_HOST_API_IS_CLOSED.check(burrow);
    }

    @Test
    void the_host_api_rule_catches_a_marked_type_giving_back_an_unmarked_one() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyHostApi.class, LeakyHostApi.Internal.class);

        List<String> details = THE_HOST_API_IS_CLOSED.evaluate(leaky).getFailureReport().getDetails();

        assertThat(details).singleElement().asString()
                .contains(LeakyHostApi.class.getName() + ".internal()", LeakyHostApi.Internal.class.getName());
    }
}
