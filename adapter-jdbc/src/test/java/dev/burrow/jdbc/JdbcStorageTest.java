package dev.burrow.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.UnavailableException;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the ports' contracts do not say but burrow relies on, on both databases. */
class JdbcStorageTest {

    static Stream<Named<Supplier<TestStorage>>> databases() {
        return Stream.of(Named.of("H2", TestStorage::h2), Named.of("PostgreSQL", TestStorage::postgres));
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
        assertThat(storage.migrate()).isEqualTo(1);
        assertThat(storage.migrate()).isZero();
        assertThat(storage.isReady()).isTrue();
        assertThat(storage.users().isEmpty()).isTrue();
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
            assertThat(storage.organizations().memberCounts(List.of(acme.id(), globex.id()))).hasSize(2);
            assertThat(counter.reset()).isEqualTo(1);
            assertThat(storage.scenes().ofUsers(ids)).hasSize(3);
            assertThat(counter.reset()).isEqualTo(1);

            assertThat(storage.organizations().affiliationsOf(List.of())).isEmpty();
            assertThat(storage.organizations().projectsOf(List.of())).isEmpty();
            assertThat(storage.organizations().memberCounts(List.of())).isEmpty();
            assertThat(storage.scenes().ofUsers(List.of())).isEmpty();
            assertThat(counter.reset()).isZero();
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
    }
}
