package dev.burrow.application.throttle;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The time-sensitive gates of {@link SensitiveActions}, without a store: pure rules of the credential. */
class SensitiveActionGatesTest {

    private static final Instant LOGIN = Instant.parse("2026-11-28T12:00:00Z");
    private static final Actor SESSION = new Actor(new UserId(1), false, new Credential.Session("s", LOGIN));
    private static final Actor KEY = new Actor(new UserId(1), false, new Credential.PersonalApiKey("k", ApiScopes.ALL));

    @Test
    void sensitive_actions_are_allowed_for_two_hours_after_authenticating() {
        assertThatCode(() -> SensitiveActions.requireRecent(SESSION, LOGIN.plus(Duration.ofHours(2)).minusSeconds(1)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SensitiveActions.requireRecent(SESSION, LOGIN.plus(Duration.ofHours(2))))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage("This action requires you to be recently authenticated.")
                .extracting("code").isEqualTo("sensitive_action_required_reauth");
        assertThatCode(() -> SensitiveActions.requireRecent(KEY, LOGIN.plus(Duration.ofDays(30))))
                .doesNotThrowAnyException();
        assertThat(SensitiveActions.expiresAt(SESSION)).isEqualTo(LOGIN.plus(Duration.ofHours(2)));
        assertThat(SensitiveActions.expiresAt(KEY)).isNull();
    }

    @Test
    void changing_the_email_address_needs_a_login_from_the_last_five_minutes() {
        assertThatCode(() -> SensitiveActions.requireFresh(SESSION, LOGIN.plus(Duration.ofMinutes(5))
                .minusSeconds(1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> SensitiveActions.requireFresh(SESSION, LOGIN.plus(Duration.ofMinutes(5))))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage("Confirm it's you before changing your email.")
                .extracting("code").isEqualTo("sensitive_action_required_reauth");
    }
}
