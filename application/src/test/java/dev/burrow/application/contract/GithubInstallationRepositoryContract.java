package dev.burrow.application.contract;

import dev.burrow.application.github.GithubInstallationRepository;
import dev.burrow.application.github.GithubInstallationRepository.RepositoryCache;
import dev.burrow.domain.github.GithubAccount;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link GithubInstallationRepository} must do. */
public abstract class GithubInstallationRepositoryContract extends PersistenceContract {

    private static final GithubRepository FULL = new GithubRepository(11, "web", "acme/web", true, "main", "Java",
            "2026-11-27T09:00:00Z", false, true);
    private static final GithubRepository BARE = new GithubRepository(12, "docs", "acme/docs", null, null, null,
            null, null, null);

    private GithubInstallationRepository links() {
        return persistence.githubInstallations();
    }

    @Test
    void links_survive_a_round_trip_and_list_oldest_first() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        GithubInstallation second = data.githubLink(ada, 20, "ada-gh");
        GithubInstallation first = GithubInstallation.link(UUID.randomUUID(), ada.id(), new InstallationId(10),
                null, null, null, Instant.parse("2026-01-01T00:00:00.123456Z"));
        links().save(first);
        data.githubLink(bob, 10, "bob-gh");

        assertThat(links().ofUser(ada.id())).containsExactly(first, second);
        assertThat(links().of(ada.id(), new InstallationId(20))).contains(second);
        assertThat(links().of(ada.id(), new InstallationId(30))).isEmpty();
        assertThat(links().ofUser(data.user("cyd@example.com").id())).isEmpty();
    }

    @Test
    void saving_a_link_again_updates_it_in_place() {
        User ada = data.user("ada@example.com");
        GithubInstallation original = data.githubLink(ada, 20, "old-login");

        GithubInstallation again = GithubInstallation.link(UUID.randomUUID(), ada.id(), new InstallationId(20),
                new GithubAccount("User", "ada"), "all", "new-login", data.tick());
        GithubInstallation saved = links().save(again);

        assertThat(saved.id()).isEqualTo(original.id());
        assertThat(saved.createdAt()).isEqualTo(original.createdAt());
        assertThat(saved.githubLogin()).isEqualTo("new-login");
        assertThat(saved.account()).isEqualTo(new GithubAccount("User", "ada"));
        assertThat(links().ofUser(ada.id())).containsExactly(saved);
    }

    @Test
    void delete_removes_only_that_link_and_says_whether_there_was_one() {
        User ada = data.user("ada@example.com");
        data.githubLink(ada, 20, "ada-gh");
        GithubInstallation other = data.githubLink(ada, 21, "ada-gh");

        assertThat(links().delete(ada.id(), new InstallationId(20))).isTrue();
        assertThat(links().delete(ada.id(), new InstallationId(20))).isFalse();
        assertThat(links().ofUser(ada.id())).containsExactly(other);
    }

    @Test
    void an_installation_is_linked_while_anyone_links_it() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        data.githubLink(ada, 20, "ada-gh");
        data.githubLink(bob, 20, "bob-gh");

        links().delete(ada.id(), new InstallationId(20));
        assertThat(links().isLinked(new InstallationId(20))).isTrue();
        links().delete(bob.id(), new InstallationId(20));
        assertThat(links().isLinked(new InstallationId(20))).isFalse();
    }

    @Test
    void the_repository_cache_is_replaced_whole_and_keeps_order_and_unknowns() {
        User ada = data.user("ada@example.com");
        GithubInstallation link = data.githubLink(ada, 20, "ada-gh");
        Instant first = Instant.parse("2026-11-28T10:00:00.123456Z");

        assertThat(links().cache(link.id())).isEmpty();
        links().replaceCache(link.id(), List.of(FULL, BARE), first);
        assertThat(links().cache(link.id())).contains(new RepositoryCache(List.of(FULL, BARE), first));

        links().replaceCache(link.id(), List.of(BARE), first.plusSeconds(60));
        assertThat(links().cache(link.id())).contains(new RepositoryCache(List.of(BARE), first.plusSeconds(60)));

        links().replaceCache(link.id(), List.of(), first.plusSeconds(120));
        assertThat(links().cache(link.id())).contains(new RepositoryCache(List.of(), first.plusSeconds(120)));

        links().replaceCache(link.id(), List.of(FULL), first.plusSeconds(180));
        links().forgetCache(link.id());
        assertThat(links().cache(link.id())).isEmpty();
        links().forgetCache(link.id());
        assertThat(links().ofUser(ada.id())).containsExactly(link);
    }

    @Test
    void a_large_cache_round_trips() {
        User ada = data.user("ada@example.com");
        GithubInstallation link = data.githubLink(ada, 20, "ada-gh");
        List<GithubRepository> many = new ArrayList<>();
        for (int i = 1; i <= 2500; i++) {
            many.add(new GithubRepository(i, "repo" + i, "acme/repo" + i, i % 2 == 0, "main", null, null, false,
                    i % 3 == 0));
        }

        links().replaceCache(link.id(), many, data.now());

        assertThat(links().cache(link.id()).orElseThrow().repositories()).isEqualTo(many);
    }

    @Test
    void deleting_a_link_or_its_user_takes_the_cache_along() {
        User ada = data.user("ada@example.com");
        GithubInstallation link = data.githubLink(ada, 20, "ada-gh");
        links().replaceCache(link.id(), List.of(FULL), data.now());

        links().delete(ada.id(), new InstallationId(20));
        assertThat(links().cache(link.id())).isEmpty();
        links().replaceCache(link.id(), List.of(FULL), data.now());
        assertThat(links().cache(link.id())).isEmpty();

        User bob = data.user("bob@example.com");
        GithubInstallation bobs = data.githubLink(bob, 21, "bob-gh");
        links().replaceCache(bobs.id(), List.of(FULL), data.now());
        assertThat(persistence.users().delete(bob.id())).isTrue();
        assertThat(links().ofUser(bob.id())).isEmpty();
        assertThat(links().cache(bobs.id())).isEmpty();
    }

    @Test
    void racing_first_saves_of_one_link_leave_one_row() throws Exception {
        User ada = data.user("ada@example.com");

        List<GithubInstallation> saved = Race.run(8, i -> () -> links().save(GithubInstallation.link(
                UUID.randomUUID(), ada.id(), new InstallationId(20), null, "all", "login-" + i, data.now())));

        assertThat(saved.stream().map(GithubInstallation::id).distinct()).hasSize(1);
        assertThat(links().ofUser(ada.id())).hasSize(1);
    }
}
