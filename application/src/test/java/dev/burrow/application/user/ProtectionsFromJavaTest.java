package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.fake.MovableClock;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.RecordingMailer;
import dev.burrow.application.fake.TestData;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.failure.ThrottledException;
import dev.burrow.domain.user.ThemeMode;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserPreferences;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A host that embeds burrow and calls the user use cases from Java, with no HTTP in between, gets every protection
 * an HTTP caller gets: the password-check throttle, the recent-login and fresh-login gates, the actions only a
 * browser session may take, and the staff rules.
 */
class ProtectionsFromJavaTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String REAUTH = "sensitive_action_required_reauth";

    private final SecureRandom random = new SecureRandom();
    private final PasswordHasher hasher = new DjangoPasswordHasher(1000, random);
    private final Persistence persistence = Persistence.inMemory();
    private final TestData data = new TestData(persistence);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final UserUseCases users = UserUseCases.create(persistence.userPorts(), hasher,
            new RecordingMailer(false), clock, random);
    private final User ada = data.user("ada@example.com", PASSWORD, hasher);

    @Test
    void a_sixth_password_check_within_a_minute_is_throttled_whatever_the_action() {
        Actor actor = session(ada, Duration.ZERO);
        for (int i = 0; i < 3; i++) {
            update(actor, "@me", patch().preference(UserPreferences.THEME_MODE, ThemeMode.DARK)
                    .currentPassword("a guess " + i).build());
        }
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cancelEmailChange(actor, true)).isInstanceOf(InvalidInputException.class);
        }

        assertThatThrownBy(() -> delete(actor, "@me", true)).isInstanceOf(ThrottledException.class)
                .satisfies(e -> assertThat(((ThrottledException) e).retryAfterSeconds()).isBetween(1L, 60L));
        assertThatThrownBy(() -> update(actor, "@me", patch().password("a brand new passphrase")
                .currentPassword(PASSWORD).build())).isInstanceOf(ThrottledException.class);
        assertThat(persistence.users().byId(ada.id())).as("the throttled delete did nothing").isPresent();

        // A body without current_password is not a password check and is never throttled.
        update(actor, "@me", patch().firstName("Ada").build());
        clock.advance(Duration.ofSeconds(61));
        update(actor, "@me", patch().preference(UserPreferences.THEME_MODE, ThemeMode.LIGHT)
                .currentPassword(PASSWORD).build());
    }

    @Test
    void a_session_older_than_two_hours_may_change_only_the_harmless_fields() {
        Actor stale = session(ada, Duration.ofHours(2).plusSeconds(1));

        assertThatThrownBy(() -> update(stale, "@me", patch().firstName("Ada").build())).satisfies(reauth());
        assertThatThrownBy(() -> update(stale, "@me", patch().build())).satisfies(reauth());
        assertThatThrownBy(() -> delete(stale, "@me", false)).satisfies(reauth());
        assertThatThrownBy(() -> cancelEmailChange(stale, false)).satisfies(reauth());
        assertThat(persistence.users().byId(ada.id())).isPresent();

        assertThat(update(stale, "@me", patch().preference(UserPreferences.THEME_MODE, ThemeMode.DARK).build())
                .user().preferences().themeMode())
                .isEqualTo(ThemeMode.DARK);
        // Refused by the gate, before the throttle: a stale session's attempts are not counted.
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> update(stale, "@me", patch().firstName("Ada").currentPassword("x").build()))
                    .satisfies(reauth());
        }
        update(session(ada, Duration.ZERO), "@me",
                patch().preference(UserPreferences.THEME_MODE, ThemeMode.LIGHT).currentPassword(PASSWORD).build());
    }

    @Test
    void a_new_email_address_needs_a_login_within_five_minutes() {
        Actor recent = session(ada, Duration.ofMinutes(10));

        assertThatThrownBy(() -> update(recent, "@me", patch().email("ada@elsewhere.example").build()))
                .isInstanceOf(PermissionDeniedException.class)
                .satisfies(e -> assertThat(((BurrowException) e).code()).isEqualTo(REAUTH))
                .hasMessageContaining("Confirm it's you before changing your email.");
        assertThat(update(recent, "@me", patch().firstName("Ada").build()).user().firstName()).isEqualTo("Ada");

        Actor fresh = session(ada, Duration.ofMinutes(4));
        assertThat(update(fresh, "@me", patch().email("ada@elsewhere.example").build()).user().email().value())
                .isEqualTo("ada@elsewhere.example");
    }

    @Test
    void an_api_key_may_change_neither_the_email_address_nor_the_password() {
        Actor key = new Actor(ada.id(), false, new Credential.PersonalApiKey("key-1", ApiScopes.ALL), ada);
        String detail = "You can only change your email or password from the PostHog app, not with an API key or "
                + "token.";

        assertThatThrownBy(() -> update(key, "@me", patch().email("ada@elsewhere.example").build()))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining(detail);
        assertThatThrownBy(() -> update(key, "@me", patch().password("a brand new passphrase")
                .currentPassword(PASSWORD).build())).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining(detail);
        assertThat(update(key, "@me", patch().firstName("Ada").build()).user().firstName()).isEqualTo("Ada");
    }

    @Test
    void only_staff_reach_another_user_or_make_anyone_staff() {
        User grace = data.user("grace@example.com");
        Actor adaActor = session(ada, Duration.ZERO);
        String other = grace.uuid().toString();

        assertThatThrownBy(() -> update(adaActor, other, patch().firstName("Eve").build()))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("As a non-staff user you're only allowed to access the `@me` user instance.");
        assertThatThrownBy(() -> delete(adaActor, other, false)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> update(adaActor, "@me", patch().staff(true).build()))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("You are not a staff user, contact your instance admin.");
        assertThat(persistence.users().byId(grace.id()).orElseThrow().firstName()).isEqualTo("First");

        Actor staff = session(data.staff("root@example.com"), Duration.ZERO);
        assertThat(update(staff, other, patch().firstName("Grace").build()).user().firstName()).isEqualTo("Grace");
    }

    /** A browser session of {@code user} whose login was {@code age} ago. */
    private Actor session(User user, Duration age) {
        return Actor.of(user, new Credential.Session("session-" + user.id(), clock.instant().minus(age)));
    }

    private static UserPatch.Builder patch() {
        return UserPatch.builder();
    }

    private UserProfile update(Actor actor, String lookup, UserPatch patch) {
        return users.update().update(new UpdateUserUseCase.UpdateUserCommand(actor, lookup, patch, false));
    }

    private void delete(Actor actor, String lookup, boolean currentPasswordSent) {
        users.delete().delete(new DeleteUserUseCase.DeleteUserCommand(actor, lookup, currentPasswordSent));
    }

    private UserProfile cancelEmailChange(Actor actor, boolean currentPasswordSent) {
        return users.emailChange().cancel(new EmailChangeUseCase.CancelEmailChangeCommand(actor,
                currentPasswordSent));
    }

    private static java.util.function.Consumer<Throwable> reauth() {
        return e -> {
            assertThat(e).isInstanceOf(PermissionDeniedException.class);
            assertThat(((BurrowException) e).code()).isEqualTo(REAUTH);
        };
    }
}
