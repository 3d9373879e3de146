package dev.burrow.jdbc;

import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.user.EmailVerificationRepository.PendingVerification;
import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.LinkFlow;
import dev.burrow.domain.github.LinkState;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.twofactor.TwoFactorSetup;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import dev.burrow.jdbc.testing.TestStorage;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static dev.burrow.jdbc.JdbcTesting.deleteRow;
import static dev.burrow.jdbc.JdbcTesting.rowsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** A user's row deleted in SQL, past the repository, takes what is theirs along and leaves what is others'. */
class UserCascadesTest {

    @OnBothDatabases
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

    @OnBothDatabases
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

    @OnBothDatabases
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
}
