package dev.burrow.application.contract;

import dev.burrow.application.user.UserFilter;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.failure.ConcurrentUpdateException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.NotificationSettings;
import dev.burrow.domain.user.RoleAtOrganization;
import dev.burrow.domain.user.ShortcutPosition;
import dev.burrow.domain.user.ThemeMode;
import dev.burrow.domain.user.ToolbarMode;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import dev.burrow.domain.user.UserPreferences;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link UserRepository} must do. */
public abstract class UserRepositoryContract extends PersistenceContract {

    private UserRepository users() {
        return persistence.users();
    }

    @Test
    void a_new_user_reads_back_exactly_as_added() {
        User user = data.user("ada@example.com");

        assertThat(users().byId(user.id())).contains(user);
        assertThat(users().activeByUuid(user.uuid())).contains(user);
    }

    @Test
    void a_locked_read_finds_the_stored_user_inside_a_transaction_or_out() {
        User user = data.user("ada@example.com");

        assertThat(persistence.transactions().inTransaction(() -> users().lockedById(user.id()))).contains(user);
        assertThat(users().lockedById(user.id())).contains(user);
        assertThat(users().lockedById(new UserId(987654))).isEmpty();
    }

    @Test
    void every_field_survives_a_round_trip() {
        Organization organization = data.organization("Acme");
        Project project = data.project(organization, "Web");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("plugin_disabled", false);
        settings.put("data_pipeline_error_threshold", 0.25d);
        settings.put("project_weekly_digest_disabled", Map.of("12", true, "13", false));
        settings.put("realtime_notifications_disabled", Map.of("comment_mention", Map.of("4", true)));
        UserPreferences preferences = new UserPreferences(true, null, ToolbarMode.BLANK,
                new JsonDocument("{\"active\": [\"a\", 1]}"), new JsonDocument("{\"product_analytics\": true}"),
                ThemeMode.DARK, new JsonDocument("{\"enabled\": true, \"accessories\": [\"hat\"]}"), false,
                ShortcutPosition.HIDDEN, RoleAtOrganization.FOUNDER, true);
        User user = User.restore(users().nextId(), UUID.randomUUID(), null, EmailAddress.of("Grace@Example.com"),
                EmailAddress.of("new@example.com"), true, "Grace", "Hopper", null, true, true,
                Instant.parse("2020-01-02T03:04:05.123456Z"), preferences, NotificationSettings.restore(settings),
                new CurrentContext(organization.id(), project.id()), 0);

        users().add(user);

        User read = users().byId(user.id()).orElseThrow();
        assertThat(read).isEqualTo(user);
        assertThat(read.notificationSettings().stored()).isEqualTo(settings);
        assertThat(read.preferences()).isEqualTo(preferences);
    }

    @Test
    void ids_are_handed_out_once() {
        UserId first = users().nextId();
        UserId second = users().nextId();

        assertThat(second.value()).isGreaterThan(first.value());
    }

    @Test
    void email_lookup_ignores_case() {
        User user = data.user("Mixed.Case@Example.com");

        assertThat(users().byEmail(EmailAddress.of("mixed.case@example.COM"))).contains(user);
        assertThat(users().byEmail(EmailAddress.of("other@example.com"))).isEmpty();
    }

    @Test
    void an_address_in_use_in_any_casing_is_refused() {
        data.user("taken@example.com");

        assertThatThrownBy(() -> data.user("TAKEN@example.com"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("There is already an account with this email address.")
                .extracting("attr").isEqualTo("email");
    }

    @Test
    void inactive_users_are_not_found_by_uuid_and_not_listed() {
        User inactive = data.deactivate(data.user("gone@example.com"));
        User active = data.user("here@example.com");

        assertThat(users().activeByUuid(inactive.uuid())).isEmpty();
        assertThat(users().byUuid(inactive.uuid())).map(User::isActive).contains(false);
        assertThat(users().byUuid(active.uuid())).contains(active);
        assertThat(users().byUuid(UUID.randomUUID())).isEmpty();
        assertThat(users().byId(inactive.id())).map(User::isActive).contains(false);
        assertThat(users().page(UserFilter.ALL, 10, 0)).containsExactly(active);
        assertThat(users().count(UserFilter.ALL)).isEqualTo(1);
    }

    @Test
    void an_update_bumps_the_version_and_is_stored() {
        Organization organization = data.organization("Acme");
        Project project = data.project(organization, "Web");
        User user = data.user("ada@example.com");

        User saved = users().update(user.withCurrentContext(new CurrentContext(organization.id(), project.id())));

        assertThat(saved.version()).isEqualTo(user.version() + 1);
        assertThat(users().byId(user.id())).contains(saved);
    }

    @Test
    void an_update_from_a_stale_read_is_refused() {
        User user = data.user("ada@example.com");
        users().update(user.withCurrentContext(CurrentContext.NONE));

        assertThatThrownBy(() -> users().update(user.withCurrentContext(CurrentContext.NONE)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void lists_filter_by_caller_email_and_staff_and_page_by_id() {
        User ada = data.user("ada@example.com");
        User bob = data.staff("bob@example.com");
        User cyd = data.user("cyd@example.com");
        User dee = data.staff("dee@example.com");

        assertThat(users().page(UserFilter.ALL, 100, 0)).containsExactly(ada, bob, cyd, dee);
        assertThat(users().page(UserFilter.ALL, 2, 1)).containsExactly(bob, cyd);
        assertThat(users().page(UserFilter.ALL, 2, 4)).isEmpty();
        assertThat(users().page(new UserFilter(cyd.id(), null, null), 100, 0)).containsExactly(cyd);
        assertThat(users().page(new UserFilter(null, "bob@example.com", null), 100, 0)).containsExactly(bob);
        assertThat(users().page(new UserFilter(null, "BOB@example.com", null), 100, 0)).isEmpty();
        assertThat(users().page(new UserFilter(null, null, true), 100, 0)).containsExactly(bob, dee);
        assertThat(users().page(new UserFilter(null, null, false), 100, 0)).containsExactly(ada, cyd);
        assertThat(users().count(new UserFilter(ada.id(), "bob@example.com", null))).isZero();
        assertThat(users().count(new UserFilter(null, null, true))).isEqualTo(2);
    }

    @Test
    void emptiness_is_about_any_user_at_all() {
        assertThat(users().isEmpty()).isTrue();

        data.deactivate(data.user("ada@example.com"));

        assertThat(users().isEmpty()).isFalse();
    }

    @Test
    void deep_pages_hold_the_right_users() {
        List<User> created = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            created.add(data.user("user" + i + "@example.com"));
        }

        assertThat(users().page(UserFilter.ALL, 100, 200)).containsExactlyElementsOf(created.subList(200, 250));
        assertThat(users().page(UserFilter.ALL, 3, 100)).containsExactlyElementsOf(created.subList(100, 103));
    }

    @Test
    void counts_and_pages_stay_exact_as_users_far_apart_come_go_and_change_activity() {
        List<User> listed = new ArrayList<>();
        for (long id : new long[] {3, 700, 1023, 1024, 1025, 2047, 5000, 5001, 9000, 9001, 20000}) {
            listed.add(data.user(new UserId(id), "user" + id + "@example.com"));
        }
        assertPagesAre(listed);

        User deactivated = data.deactivate(listed.remove(3));
        assertPagesAre(listed);
        data.deactivate(listed.remove(3));
        assertThat(users().delete(listed.remove(0).id())).isTrue();
        assertThat(users().delete(deactivated.id())).isTrue();
        User back = data.reactivate(users().byId(new UserId(1025)).orElseThrow());
        listed.add(2, back);
        listed.add(data.user(new UserId(20001), "late@example.com"));
        data.deactivate(data.user(new UserId(30000), "never-listed@example.com"));
        assertPagesAre(listed);

        for (User user : List.copyOf(listed)) {
            data.deactivate(user);
        }
        assertPagesAre(List.of());
    }

    @Test
    void users_added_at_once_into_new_blocks_are_all_counted() throws Exception {
        int threads = 6;
        int blocks = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> adding = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                adding.add(pool.submit(() -> {
                    start.await();
                    for (int block = 0; block < blocks; block++) {
                        long id = 100_000 + block * 1024L + thread;
                        data.user(new UserId(id), "user" + id + "@example.com");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : adding) {
                each.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(users().count(UserFilter.ALL)).isEqualTo(threads * blocks);
        assertThat(users().page(UserFilter.ALL, 1000, 0)).hasSize(threads * blocks);
        assertThat(users().page(UserFilter.ALL, 1, threads * blocks - 1)).extracting(User::id)
                .containsExactly(new UserId(100_000 + (blocks - 1) * 1024L + threads - 1));
    }

    /** Every page of the unfiltered list, at every offset and a few sizes, is the matching slice of {@code all}. */
    private void assertPagesAre(List<User> all) {
        List<UserId> expected = all.stream().map(User::id).toList();
        assertThat(users().count(UserFilter.ALL)).isEqualTo(expected.size());
        for (int offset = 0; offset <= expected.size() + 1; offset++) {
            for (int limit : new int[] {1, 2, 5, 100}) {
                List<UserId> slice = expected.subList(Math.min(offset, expected.size()),
                        Math.min(offset + limit, expected.size()));
                assertThat(users().page(UserFilter.ALL, limit, offset)).as("limit %d offset %d", limit, offset)
                        .extracting(User::id).containsExactlyElementsOf(slice);
            }
        }
    }

    @Test
    void a_user_is_deleted_with_everything_only_theirs_unless_they_belong_to_an_organization() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        data.member(data.organization("Acme"), bob, dev.burrow.domain.organization.MembershipLevel.OWNER);
        var key = data.apiKey(ada, dev.burrow.domain.apikey.ApiScopes.ALL).key();
        var session = dev.burrow.domain.session.Session.open(ada.id(), data.now(), new java.security.SecureRandom())
                .session();
        persistence.sessions().add(session);

        assertThat(users().delete(bob.id())).isFalse();
        assertThat(users().byId(bob.id())).isPresent();

        assertThat(users().delete(ada.id())).isTrue();
        assertThat(users().byId(ada.id())).isEmpty();
        assertThat(persistence.apiKeys().findBySecureValue(key.secureValue())).isEmpty();
        assertThat(persistence.sessions().byId(session.id())).isEmpty();
        assertThat(users().delete(ada.id())).isFalse();
    }
}
