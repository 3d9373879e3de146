package dev.burrow.jdbc;

import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.autonomy.AutonomyPriority;
import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.LinkFlow;
import dev.burrow.domain.github.LinkState;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.testing.TestStorage;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A write the database refuses inside a unit of work leaves that unit usable, and what it added belongs to it. */
class UnitOfWorkTest {

    @OnBothDatabases
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

    @OnBothDatabases
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

    @OnBothDatabases
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

    @OnBothDatabases
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
}
