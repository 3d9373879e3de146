package dev.burrow.jdbc;

import dev.burrow.application.fake.TestData;
import dev.burrow.application.github.GithubInstallationRepository;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.testing.StatementCounter;
import dev.burrow.jdbc.testing.TestStorage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What a port method costs in statements: batch lookups are one statement, long lists go in batches the driver accepts. */
class StatementCountTest {

    @OnBothDatabases
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

    @OnBothDatabases
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

    @OnBothDatabases
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
}
