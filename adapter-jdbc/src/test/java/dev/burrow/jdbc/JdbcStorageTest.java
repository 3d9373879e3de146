package dev.burrow.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.application.github.GithubInstallationRepository;
import dev.burrow.application.github.LinkStateRepository;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.user.EmailVerificationRepository.PendingVerification;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.autonomy.AutonomyPriority;
import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.dashboard.DashboardId;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.UnavailableException;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.LinkFlow;
import dev.burrow.domain.github.LinkState;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.twofactor.TwoFactorSetup;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import dev.burrow.jdbc.testing.TestStorage;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the ports' contracts do not say but burrow relies on, on both databases. */
class JdbcStorageTest {

    /** Deletes the user's row in SQL, past the repository, so that only the database's cascades act. */
    private static void deleteRow(TestStorage test, User user) throws SQLException {
        try (Connection connection = test.dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from users where id = ?")) {
            delete.setLong(1, user.id().value());
            delete.executeUpdate();
        }
    }

    /**
     * Runs the attempts at once, on eight threads, and gives their results in their order; an attempt that has not
     * ended within a minute (a deadlock) fails the test instead of hanging it.
     */
    private static <T> List<T> atOnce(List<Callable<T>> attempts) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> attempt : attempts) {
                running.add(threads.submit(attempt));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> attempt : running) {
                results.add(attempt.get(1, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    static Stream<Named<Supplier<TestStorage>>> databases() {
        return Stream.of(Named.of("H2", TestStorage::h2), Named.of("PostgreSQL", TestStorage::postgres));
    }

    @Test
    void the_schema_version_readiness_asks_for_is_the_newest_migration_there_is() throws Exception {
        int newest = 0;
        for (String location : List.of("/dev/burrow/jdbc/migration")) {
            try (Stream<Path> files = Files.list(Path.of(JdbcStorage.class.getResource(location).toURI()))) {
                newest = Math.max(newest, files.map(file -> file.getFileName().toString())
                        .filter(name -> name.matches("V\\d+__.*\\.(sql|class)"))
                        .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                        .max().orElse(0));
            }
        }
        assertThat(JdbcStorage.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void migrations_apply_once_on_h2() {
        try (HikariDataSource pool = DataSources.pool(DataSources.h2Memory("migrations_" + UUID.randomUUID()), 2)) {
            appliesOnce(new JdbcStorage(pool));
        }
    }

    @Test
    void migrations_apply_once_on_postgresql() {
        try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase();
             HikariDataSource pool = DataSources.pool(database.databaseUrl(), 2)) {
            appliesOnce(new JdbcStorage(pool));
        }
    }

    private static void appliesOnce(JdbcStorage storage) {
        assertThat(storage.check().schema()).isFalse();
        assertThat(storage.migrate()).isEqualTo(JdbcStorage.SCHEMA_VERSION);
        assertThat(storage.migrate()).isZero();
        assertThat(storage.isReady()).isTrue();
        assertThat(storage.check()).isEqualTo(new ReadinessCheck.Readiness(true, true));
        assertThat(storage.users().isEmpty()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void users_may_name_organizations_projects_and_dashboards_that_only_the_host_has(
            Supplier<TestStorage> database) {
        try (TestStorage test = database.get()) {
            Persistence persistence = test.persistence();
            User ada = new TestData(persistence).user("ada@example.com");
            CurrentContext elsewhere = new CurrentContext(OrganizationId.random(), new ProjectId(424242));

            User moved = persistence.users().update(ada.withCurrentContext(elsewhere));
            persistence.scenes().save(new ScenePersonalisation(ada.id(), new ProjectId(424242), "Dashboards",
                    new DashboardId(777)));

            assertThat(persistence.users().byId(ada.id())).contains(moved);
            assertThat(persistence.scenes().ofUsers(List.of(ada.id())).get(ada.id())).containsExactly(
                    new ScenePersonalisation(ada.id(), new ProjectId(424242), "Dashboards", new DashboardId(777)));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_refused_write_leaves_the_unit_of_work_usable(Supplier<TestStorage> database) {
        try (TestStorage test = database.get()) {
            Persistence persistence = test.persistence();
            TestData data = new TestData(persistence);
            data.user("taken@example.com");

            Organization acme = persistence.transactions().inTransaction(() -> {
                assertThatThrownBy(() -> data.user("TAKEN@example.com")).isInstanceOf(InvalidInputException.class);
                return data.organization("Acme");
            });

            assertThat(persistence.directory().organization(acme.id())).contains(acme);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void batch_lookups_cost_one_statement_whatever_the_number_of_ids(Supplier<TestStorage> database) {
        try (TestStorage test = database.get()) {
            TestData data = new TestData(test.persistence());
            Organization acme = data.organization("Acme");
            Organization globex = data.organization("Globex");
            Project web = data.project(acme, "Web");
            data.project(globex, "Other");
            List<User> users = List.of(data.user("ada@example.com"), data.user("bob@example.com"),
                    data.user("cyd@example.com"));
            for (User user : users) {
                data.member(acme, user, MembershipLevel.MEMBER);
                data.member(globex, user, MembershipLevel.ADMIN);
                test.persistence().scenes().save(new ScenePersonalisation(user.id(), web.id(), "Person", null));
            }
            List<UserId> ids = users.stream().map(User::id).toList();
            StatementCounter counter = new StatementCounter(test.dataSource());
            JdbcStorage storage = new JdbcStorage(counter.dataSource());

            assertThat(storage.organizations().affiliationsOf(ids)).hasSize(3);
            assertThat(counter.reset()).isEqualTo(1);
            assertThat(storage.organizations().projectsOf(List.of(acme.id(), globex.id()))).hasSize(2);
            assertThat(counter.reset()).isEqualTo(1);
            assertThat(storage.scenes().ofUsers(ids)).hasSize(3);
            assertThat(counter.reset()).isEqualTo(1);

            assertThat(storage.organizations().affiliationsOf(List.of())).isEmpty();
            assertThat(storage.organizations().projectsOf(List.of())).isEmpty();
            assertThat(storage.scenes().ofUsers(List.of())).isEmpty();
            assertThat(counter.reset()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_lookup_of_thousands_of_ids_goes_in_batches_the_driver_accepts(Supplier<TestStorage> database) {
        try (TestStorage test = database.get()) {
            TestData data = new TestData(test.persistence());
            User ada = data.user("ada@example.com");
            data.member(data.organization("Acme"), ada, MembershipLevel.OWNER);
            List<UserId> ids = new java.util.ArrayList<>();
            for (long id = 1; id <= 2500; id++) {
                ids.add(new UserId(id + 1_000_000));
            }
            ids.add(ada.id());
            StatementCounter counter = new StatementCounter(test.dataSource());
            JdbcStorage storage = new JdbcStorage(counter.dataSource());

            assertThat(storage.organizations().affiliationsOf(ids)).containsOnlyKeys(ada.id());
            assertThat(counter.reset()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_whole_number_in_the_notification_settings_reads_back_as_a_fraction(Supplier<TestStorage> database)
            throws SQLException {
        try (TestStorage test = database.get()) {
            User user = new TestData(test.persistence()).user("ada@example.com");
            try (Connection connection = test.dataSource().getConnection();
                 PreparedStatement update = connection.prepareStatement(
                         "update users set partial_notification_settings = ? where id = ?")) {
                update.setString(1, "{\"data_pipeline_error_threshold\": 1, \"plugin_disabled\": false}");
                update.setLong(2, user.id().value());
                update.executeUpdate();
            }

            User read = test.persistence().users().byId(user.id()).orElseThrow();

            assertThat(read.notificationSettings().stored().get("data_pipeline_error_threshold"))
                    .isInstanceOf(Double.class).isEqualTo(1.0d);
            assertThat(read.notificationSettings().stored().get("plugin_disabled")).isEqualTo(false);
        }
    }

    @Test
    void a_database_that_cannot_be_reached_is_unavailable_not_an_error() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setServerNames(new String[] {"localhost"});
        nowhere.setPortNumbers(new int[] {1});
        nowhere.setDatabaseName("burrow");
        nowhere.setConnectTimeout(2);
        JdbcStorage storage = new JdbcStorage(nowhere);

        assertThatThrownBy(() -> storage.users().byId(new UserId(1)))
                .isInstanceOf(UnavailableException.class)
                .hasMessage("Service temporarily unavailable, try again later.")
                .extracting("code").isEqualTo("service_unavailable");
        assertThatThrownBy(() -> storage.transactions().run(() -> {
        })).isInstanceOf(UnavailableException.class);
        assertThat(storage.isReady()).isFalse();
        assertThat(storage.check()).isEqualTo(new ReadinessCheck.Readiness(false, false));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_rate_limit_holds_across_server_instances(Supplier<TestStorage> database) throws Exception {
        try (TestStorage test = database.get();
             HikariDataSource first = anotherPool(test, 4);
             HikariDataSource second = anotherPool(test, 4)) {
            List<RateLimiter> instances = List.of(new JdbcStorage(first).rateLimiter(),
                    new JdbcStorage(second).rateLimiter());
            Instant now = Instant.parse("2026-11-28T12:00:00Z");
            // A new bucket each round, so that its first attempts also race to create its row.
            for (int round = 0; round < 5; round++) {
                String bucket = "race:" + round;
                List<Callable<Optional<Duration>>> attempts = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    RateLimiter instance = instances.get(i % 2);
                    attempts.add(() -> instance.tryAcquire(bucket, 7, Duration.ofMinutes(1), now));
                }
                long passed = atOnce(attempts).stream().filter(Optional::isEmpty).count();

                assertThat(passed).as(bucket).isEqualTo(7);
                assertThat(test.persistence().rateLimiter().countSince(bucket, now.minusSeconds(1))).isEqualTo(7);
            }
        }
    }

    /**
     * Housekeeping deletes buckets left without attempts while attempts on those very buckets arrive from another
     * instance: every attempt passes and is still counted afterwards (none is deleted with its bucket's row).
     */
    @ParameterizedTest
    @MethodSource("databases")
    void housekeeping_racing_attempts_loses_none_of_them(Supplier<TestStorage> database) throws Exception {
        try (TestStorage test = database.get();
             HikariDataSource first = anotherPool(test, 4);
             HikariDataSource second = anotherPool(test, 4)) {
            RateLimiter housekeeper = new JdbcStorage(first).rateLimiter();
            RateLimiter attempts = new JdbcStorage(second).rateLimiter();
            Instant now = Instant.parse("2026-11-28T12:00:00Z");
            for (int round = 0; round < 5; round++) {
                List<String> buckets = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    buckets.add("idle:" + round + ":" + i);
                    attempts.record(buckets.get(i), now.minus(Duration.ofDays(2)));
                }
                List<Callable<Boolean>> racing = new ArrayList<>();
                for (int i = 0; i < buckets.size(); i++) {
                    String bucket = buckets.get(i);
                    if (i % 5 == 0) {
                        racing.add(() -> {
                            housekeeper.forgetBefore(now.minus(Duration.ofDays(1)));
                            return true;
                        });
                    }
                    racing.add(() -> attempts.tryAcquire(bucket, 1, Duration.ofMinutes(1), now).isEmpty());
                }

                assertThat(atOnce(racing)).containsOnly(true);
                for (String bucket : buckets) {
                    assertThat(attempts.countSince(bucket, now.minusSeconds(1))).as(bucket).isOne();
                    assertThat(attempts.countSince(bucket, now.minus(Duration.ofDays(3)))).as(bucket).isOne();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_bucket_forgets_attempts_its_limit_can_no_longer_see(Supplier<TestStorage> database) throws SQLException {
        try (TestStorage test = database.get()) {
            RateLimiter limiter = test.persistence().rateLimiter();
            Instant start = Instant.parse("2026-11-28T12:00:00Z");
            Duration window = Duration.ofMinutes(1);
            for (int i = 0; i < 3; i++) {
                limiter.tryAcquire("a", 3, window, start.plusSeconds(i));
                limiter.tryAcquire("b", 3, window, start.plusSeconds(i));
            }

            assertThat(limiter.tryAcquire("a", 3, window, start.plus(window.multipliedBy(3)))).isEmpty();

            assertThat(eventsOf(test, "a")).isOne();
            assertThat(eventsOf(test, "b")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_deleted_user_takes_their_sessions_second_factor_email_code_and_autonomy_along(
            Supplier<TestStorage> database) throws SQLException {
        try (TestStorage test = database.get()) {
            Persistence persistence = test.persistence();
            TestData data = new TestData(persistence);
            User ada = data.user("ada@example.com");
            User bob = data.user("bob@example.com");
            SecureRandom random = new SecureRandom();
            Session adas = Session.open(ada.id(), data.now(), random).session();
            Session bobs = Session.open(bob.id(), data.now(), random).session();
            persistence.sessions().add(adas);
            persistence.sessions().add(bobs);
            for (User user : List.of(ada, bob)) {
                persistence.totpDevices().save(TotpDevice.confirmed(user.id(), TotpSecret.generate(random), 1,
                        data.now()));
                persistence.backupCodes().replace(user.id(), List.of(new PasswordHash("h$1")));
            }
            persistence.twoFactorSetups().save(new TwoFactorSetup(adas.id(), ada.id(), TotpSecret.generate(random),
                    data.now()));
            for (User user : List.of(ada, bob)) {
                persistence.verifications().save(new PendingVerification(user.id(),
                        new EmailAddress("new-" + user.email().value()), new PasswordHash("h$2"), data.now(), 0));
                persistence.signalAutonomy().add(SignalAutonomy.create(UUID.randomUUID(), user.id(), data.now()));
            }

            deleteRow(test, ada);

            assertThat(persistence.sessions().byId(adas.id())).isEmpty();
            assertThat(persistence.twoFactorSetups().ofSession(adas.id())).isEmpty();
            assertThat(persistence.totpDevices().of(ada.id())).isEmpty();
            assertThat(persistence.backupCodes().countOf(ada.id())).isZero();
            assertThat(persistence.verifications().of(ada.id())).isEmpty();
            assertThat(persistence.signalAutonomy().of(ada.id())).isEmpty();
            assertThat(persistence.sessions().byId(bobs.id())).isPresent();
            assertThat(persistence.totpDevices().of(bob.id())).isPresent();
            assertThat(persistence.backupCodes().countOf(bob.id())).isOne();
            assertThat(persistence.verifications().of(bob.id())).isPresent();
            assertThat(persistence.signalAutonomy().of(bob.id())).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_deleted_user_leaves_the_memberships_of_those_they_invited(Supplier<TestStorage> database)
            throws SQLException {
        try (TestStorage test = database.get()) {
            Persistence persistence = test.persistence();
            TestData data = new TestData(persistence);
            User ada = data.user("ada@example.com");
            User bob = data.user("bob@example.com");
            data.member(data.organization("Acme"), bob, MembershipLevel.MEMBER, ada.id());

            assertThat(persistence.users().delete(ada.id())).isTrue();

            assertThat(persistence.directory().affiliationsOf(List.of(bob.id()))).containsOnlyKeys(bob.id());
            try (Connection connection = test.dataSource().getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "select invited_by_id from organization_memberships where user_id = ?")) {
                select.setLong(1, bob.id().value());
                try (ResultSet result = select.executeQuery()) {
                    assertThat(result.next()).isTrue();
                    assertThat(result.getObject(1)).isNull();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_key_limit_holds_across_server_instances(Supplier<TestStorage> database) throws Exception {
        try (TestStorage test = database.get();
             HikariDataSource first = anotherPool(test, 4);
             HikariDataSource second = anotherPool(test, 4)) {
            User ada = new TestData(test.persistence()).user("ada@example.com");
            List<PersonalApiKeyRepository> instances = List.of(new JdbcStorage(first).apiKeys(),
                    new JdbcStorage(second).apiKeys());
            Instant now = Instant.parse("2026-11-28T12:00:00Z");
            SecureRandom random = new SecureRandom();
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                PersonalApiKeyRepository instance = instances.get(i % 2);
                PersonalApiKey key = PersonalApiKey.issue(ada.id(), "k" + i, ApiScopes.ALL, now, random).key();
                attempts.add(() -> instance.addWithin(key, 10));
            }
            long added = atOnce(attempts).stream().filter(Boolean::booleanValue).count();

            assertThat(added).isEqualTo(10);
            assertThat(test.persistence().apiKeys().countOf(ada.id())).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_key_added_within_the_limit_belongs_to_the_unit_of_work(Supplier<TestStorage> database) {
        try (TestStorage test = database.get()) {
            Persistence persistence = test.persistence();
            User ada = new TestData(persistence).user("ada@example.com");
            PersonalApiKey key = PersonalApiKey.issue(ada.id(), "k", ApiScopes.ALL,
                    Instant.parse("2026-11-28T12:00:00Z"), new SecureRandom()).key();

            assertThatThrownBy(() -> persistence.transactions().run(() -> {
                assertThat(persistence.apiKeys().addWithin(key, 10)).isTrue();
                throw new IllegalStateException("changed my mind");
            })).hasMessage("changed my mind");

            assertThat(persistence.apiKeys().countOf(ada.id())).isZero();
            assertThatThrownBy(() -> persistence.apiKeys().addWithin(PersonalApiKey.issue(new UserId(999_999), "k",
                    ApiScopes.ALL, Instant.parse("2026-11-28T12:00:00Z"), new SecureRandom()).key(), 10))
                    .isInstanceOf(IllegalStateException.class).hasMessage("no user 999999");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_refused_autonomy_add_leaves_the_unit_of_work_usable(Supplier<TestStorage> database) {
        try (TestStorage test = database.get()) {
            Persistence persistence = test.persistence();
            TestData data = new TestData(persistence);
            User ada = data.user("ada@example.com");
            SignalAutonomy first = SignalAutonomy.create(UUID.randomUUID(), ada.id(), data.now())
                    .withAutostartPriority(AutonomyPriority.P1, data.now());
            persistence.signalAutonomy().add(first);

            Organization acme = persistence.transactions().inTransaction(() -> {
                assertThat(persistence.signalAutonomy().add(SignalAutonomy.create(UUID.randomUUID(), ada.id(),
                        data.tick()))).isFalse();
                assertThatThrownBy(() -> persistence.signalAutonomy().add(SignalAutonomy.create(UUID.randomUUID(),
                        new UserId(999_999), data.now())))
                        .isInstanceOf(IllegalStateException.class).hasMessage("no user 999999");
                return data.organization("Acme");
            });

            assertThat(persistence.directory().organization(acme.id())).contains(acme);
            assertThat(persistence.signalAutonomy().of(ada.id())).contains(first);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_deleted_user_takes_their_github_links_repositories_and_link_states_along(Supplier<TestStorage> database)
            throws SQLException {
        try (TestStorage test = database.get()) {
            Persistence persistence = test.persistence();
            TestData data = new TestData(persistence);
            User ada = data.user("ada@example.com");
            User bob = data.user("bob@example.com");
            Project web = data.project(data.organization("Acme"), "Web");
            List<GithubRepository> repositories = List.of(
                    new GithubRepository(1, "web", "acme/web", false, "main", null, null, false, true));
            List<GithubInstallation> links = new ArrayList<>();
            for (User user : List.of(ada, bob)) {
                GithubInstallation link = data.githubLink(user, 20, user.email().value());
                persistence.githubInstallations().replaceCache(link.id(), repositories, data.now());
                persistence.linkStates().save(new LinkState(LinkState.hash("token-" + user.id()), user.id(),
                        LinkFlow.APP_INSTALL, null, null, data.now().plusSeconds(600)));
                links.add(link);
            }
            TeamInstallation team = data.teamInstallation(web, 20, ada, "ada-gh");

            deleteRow(test, ada);

            assertThat(persistence.githubInstallations().ofUser(ada.id())).isEmpty();
            assertThat(rowsOf(test, "github_cached_repositories", "integration_id", links.get(0).id())).isZero();
            assertThat(persistence.linkStates().take(LinkState.hash("token-" + ada.id()))).isEmpty();
            assertThat(persistence.teamInstallations().ofProject(web.id())).containsExactly(
                    new TeamInstallation(team.id(), web.id(), team.installationId(), null, "ada-gh"));
            assertThat(persistence.githubInstallations().ofUser(bob.id())).containsExactly(links.get(1));
            assertThat(rowsOf(test, "github_cached_repositories", "integration_id", links.get(1).id())).isOne();
            assertThat(persistence.linkStates().take(LinkState.hash("token-" + bob.id()))).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_refused_github_write_leaves_the_unit_of_work_usable(Supplier<TestStorage> database) {
        try (TestStorage test = database.get()) {
            Persistence persistence = test.persistence();
            TestData data = new TestData(persistence);
            Project web = data.project(data.organization("Acme"), "Web");
            data.teamInstallation(web, 20, null, null);
            UserId nobody = new UserId(999_999);

            Organization globex = persistence.transactions().inTransaction(() -> {
                assertThatThrownBy(() -> data.teamInstallation(web, 20, null, null))
                        .isInstanceOf(ConflictException.class);
                assertThatThrownBy(() -> persistence.teamInstallationRegistry().add(new TeamInstallation(
                        persistence.teamInstallationRegistry().nextTeamInstallationId(), new ProjectId(999_999),
                        new InstallationId(20), null, null)))
                        .isInstanceOf(IllegalStateException.class).hasMessage("no project 999999");
                assertThatThrownBy(() -> persistence.githubInstallations().save(GithubInstallation.link(
                        UUID.randomUUID(), nobody, new InstallationId(20), null, null, null, data.now())))
                        .isInstanceOf(IllegalStateException.class).hasMessage("no user 999999");
                assertThatThrownBy(() -> persistence.linkStates().save(new LinkState(LinkState.hash("t"), nobody,
                        LinkFlow.APP_INSTALL, null, null, data.now())))
                        .isInstanceOf(IllegalStateException.class).hasMessage("no user 999999");
                return data.organization("Globex");
            });

            assertThat(persistence.directory().organization(globex.id())).contains(globex);
            assertThat(persistence.teamInstallations().ofProject(web.id())).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_github_link_is_stored_once_and_a_link_state_taken_once_across_server_instances(
            Supplier<TestStorage> database) throws Exception {
        try (TestStorage test = database.get();
             HikariDataSource first = anotherPool(test, 4);
             HikariDataSource second = anotherPool(test, 4)) {
            User ada = new TestData(test.persistence()).user("ada@example.com");
            List<JdbcStorage> instances = List.of(new JdbcStorage(first), new JdbcStorage(second));
            Instant now = Instant.parse("2026-11-28T12:00:00Z");
            // A new installation and a new state each round, so that every round races a first save.
            for (int round = 0; round < 5; round++) {
                InstallationId installation = new InstallationId(100 + round);
                List<Callable<GithubInstallation>> saves = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    GithubInstallationRepository links = instances.get(i % 2).githubInstallations();
                    GithubInstallation candidate = GithubInstallation.link(UUID.randomUUID(), ada.id(),
                            installation, null, "all", "login-" + i, now.plusSeconds(i));
                    saves.add(() -> links.save(candidate));
                }
                List<GithubInstallation> saved = atOnce(saves);
                LinkState state = new LinkState(LinkState.hash("race-" + round), ada.id(), LinkFlow.APP_INSTALL,
                        null, null, now.plusSeconds(600));
                test.persistence().linkStates().save(state);
                List<Callable<Optional<LinkState>>> takes = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    LinkStateRepository states = instances.get(i % 2).linkStates();
                    takes.add(() -> states.take(state.tokenHash()));
                }
                List<LinkState> taken = atOnce(takes).stream().flatMap(Optional::stream).toList();

                GithubInstallation stored = test.persistence().githubInstallations().of(ada.id(), installation)
                        .orElseThrow();
                assertThat(saved).extracting(GithubInstallation::id).containsOnly(stored.id());
                assertThat(saved).extracting(GithubInstallation::createdAt).containsOnly(stored.createdAt());
                assertThat(saved).as("the last save returned what is stored").contains(stored);
                assertThat(taken).containsExactly(state);
            }
            assertThat(test.persistence().githubInstallations().ofUser(ada.id())).hasSize(5);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_long_repository_list_is_written_in_batches_and_read_in_one_statement(Supplier<TestStorage> database) {
        try (TestStorage test = database.get()) {
            TestData data = new TestData(test.persistence());
            GithubInstallation link = data.githubLink(data.user("ada@example.com"), 20, "ada-gh");
            List<GithubRepository> many = new ArrayList<>();
            for (int i = 1; i <= 2500; i++) {
                many.add(new GithubRepository(i, "repo" + i, "acme/repo" + i, null, null, null, null, null, null));
            }
            StatementCounter counter = new StatementCounter(test.dataSource());
            GithubInstallationRepository links = new JdbcStorage(counter.dataSource()).githubInstallations();

            links.replaceCache(link.id(), many, data.now());
            // The link's read time, the old list's delete, then three batches of at most 1,000 rows.
            assertThat(counter.reset()).isEqualTo(5);
            assertThat(links.cache(link.id()).orElseThrow().repositories()).isEqualTo(many);
            assertThat(counter.reset()).isOne();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_locked_user_stays_locked_until_the_transaction_ends(Supplier<TestStorage> database) throws Exception {
        try (TestStorage test = database.get()) {
            Persistence persistence = test.persistence();
            User ada = new TestData(persistence).user("ada@example.com");
            CountDownLatch locked = new CountDownLatch(1);
            AtomicLong workDone = new AtomicLong();
            ExecutorService threads = Executors.newSingleThreadExecutor();
            try {
                Future<?> holder = threads.submit(() -> persistence.transactions().run(() -> {
                    assertThat(persistence.users().lockedById(ada.id())).contains(ada);
                    locked.countDown();
                    pause(Duration.ofMillis(300));
                    workDone.set(System.nanoTime());
                }));
                if (!locked.await(1, TimeUnit.MINUTES)) {
                    holder.get(1, TimeUnit.SECONDS); // the holder's own failure, if it has one
                    throw new AssertionError("the holder did not lock the user within a minute");
                }

                User renamed = persistence.users().update(ada.withNames("Ada", "Lovelace"));
                long updated = System.nanoTime();
                holder.get(1, TimeUnit.MINUTES);

                assertThat(updated).as("the update waited for the lock").isGreaterThan(workDone.get());
                assertThat(persistence.users().byId(ada.id())).contains(renamed);
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A pool of its own to the test's database, as a second server instance would have. */
    private static HikariDataSource anotherPool(TestStorage test, int size) {
        HikariDataSource pool = (HikariDataSource) test.dataSource();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pool.getJdbcUrl());
        config.setUsername(pool.getUsername());
        config.setPassword(pool.getPassword());
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    private static int rowsOf(TestStorage test, String table, String column, Object value) throws SQLException {
        try (Connection connection = test.dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from " + table + " where " + column + " = ?")) {
            count.setObject(1, value);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static int eventsOf(TestStorage test, String bucket) throws SQLException {
        try (Connection connection = test.dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from throttle_events where bucket = ?")) {
            count.setString(1, bucket);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
