package dev.burrow.jdbc;

import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.github.GithubInstallationRepository;
import dev.burrow.application.github.LinkStateRepository;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.LinkFlow;
import dev.burrow.domain.github.LinkState;
import dev.burrow.domain.user.User;
import dev.burrow.jdbc.JdbcTesting.TwoInstances;
import dev.burrow.jdbc.testing.TestStorage;

import java.security.SecureRandom;
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

import static dev.burrow.jdbc.JdbcTesting.atOnce;
import static dev.burrow.jdbc.JdbcTesting.pause;
import static org.assertj.core.api.Assertions.assertThat;

/** Writes that race, from two server instances or against a lock held in another transaction. */
class CrossInstanceTest {

    @OnBothDatabases
    void a_key_limit_holds_across_server_instances(Supplier<TestStorage> database) throws Exception {
        try (TestStorage test = database.get();
             TwoInstances servers = new TwoInstances(test)) {
            User ada = new TestData(test.persistence()).user("ada@example.com");
            List<PersonalApiKeyRepository> instances = servers.each(JdbcStorage::apiKeys);
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

    @OnBothDatabases
    void a_github_link_is_stored_once_and_a_link_state_taken_once_across_server_instances(
            Supplier<TestStorage> database) throws Exception {
        try (TestStorage test = database.get();
             TwoInstances servers = new TwoInstances(test)) {
            User ada = new TestData(test.persistence()).user("ada@example.com");
            List<JdbcStorage> instances = servers.storages();
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

    @OnBothDatabases
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
}
