package dev.burrow.application.throttle;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.fake.FakeGithubApp;
import dev.burrow.application.fake.MovableClock;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.github.GithubLinkUseCase.LinkStart;
import dev.burrow.application.github.GithubLinkUseCase.StartLinkCommand;
import dev.burrow.application.github.GithubLinkUseCase.TeamChoice;
import dev.burrow.application.github.GithubUseCases;
import dev.burrow.application.twofactor.BackupCodesUseCase.RegenerateBackupCodesCommand;
import dev.burrow.application.twofactor.DisableTwoFactorUseCase.DisableTwoFactorCommand;
import dev.burrow.application.twofactor.TwoFactorUseCases;
import dev.burrow.application.twofactor.ValidateTwoFactorUseCase.ValidateTwoFactorCommand;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.failure.ThrottledException;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A host that calls the 2FA actions and the start of a GitHub link from Java, with no HTTP in between, is held to
 * what an HTTP caller is: a sent {@code current_password} counts against the user's five password checks a minute,
 * and the 2FA actions check the recent-login gate before counting, so a stale session's attempts are not counted.
 * (The user slice's actions are proven the same way in {@code ProtectionsFromJavaTest}.)
 */
class SensitiveActionsFromJavaTest {

    private static final String REAUTH = "sensitive_action_required_reauth";

    private final SecureRandom random = new SecureRandom();
    private final Persistence persistence = Persistence.inMemory();
    private final TestData data = new TestData(persistence);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final TwoFactorUseCases twoFactor = TwoFactorUseCases.create(persistence.totpDevices(),
            persistence.backupCodes(), persistence.twoFactorSetups(), persistence.sessions(), persistence.users(),
            persistence.transactions(), persistence.rateLimiter(), clock, random, persistence.webauthnCredentials());
    private final GithubUseCases github = GithubUseCases.create(persistence.users(), persistence.directory(),
            persistence.githubInstallations(), persistence.teamInstallations(), persistence.linkStates(),
            new FakeGithubApp("https://burrow.test"), persistence.rateLimiter(), clock, random);
    private final User ada = data.user("ada@example.com");

    @Test
    void a_sixth_password_check_within_a_minute_is_throttled_whatever_the_2fa_or_github_action() {
        Actor actor = session(ada, Duration.ZERO);
        // Counted whether or not the action then succeeds: no setup is pending, and 2FA is off.
        assertThatThrownBy(() -> validate(actor, true)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> backupCodes(actor, true)).isInstanceOf(InvalidInputException.class);
        disable(actor, true);
        startLink(actor, true);
        startLink(actor, true);

        assertThatThrownBy(() -> validate(actor, true)).satisfies(throttled());
        assertThatThrownBy(() -> backupCodes(actor, true)).satisfies(throttled());
        assertThatThrownBy(() -> disable(actor, true)).satisfies(throttled());
        assertThatThrownBy(() -> startLink(actor, true)).satisfies(throttled());

        // A request without current_password is not a password check and is never throttled.
        disable(actor, false);
        assertThat(startLink(actor, false).installUrl()).isNotNull();
        clock.advance(Duration.ofSeconds(61));
        disable(actor, true);
        startLink(actor, true);
    }

    @Test
    void the_2fa_actions_check_the_recent_login_gate_before_counting_and_the_github_start_is_not_gated() {
        Actor stale = session(ada, Duration.ofHours(2).plusSeconds(1));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> validate(stale, true)).satisfies(reauth());
            assertThatThrownBy(() -> backupCodes(stale, true)).satisfies(reauth());
            assertThatThrownBy(() -> disable(stale, true)).satisfies(reauth());
        }
        assertThatThrownBy(() -> disable(stale, false)).satisfies(reauth());

        // None of the nine refusals was counted: a stale session starts a link five times, and the sixth is one
        // too many, for the start is not behind the gate.
        for (int i = 0; i < 5; i++) {
            startLink(stale, true);
        }
        assertThatThrownBy(() -> startLink(stale, true)).satisfies(throttled());
        assertThatThrownBy(() -> disable(session(ada, Duration.ZERO), true)).satisfies(throttled());
    }

    /** A browser session of {@code user} whose login was {@code age} ago. */
    private Actor session(User user, Duration age) {
        return Actor.of(user, new Credential.Session("session-" + user.id(), clock.instant().minus(age)));
    }

    private void validate(Actor actor, boolean currentPasswordSent) {
        twoFactor.validate().validate(new ValidateTwoFactorCommand(actor, "123456", currentPasswordSent));
    }

    private void backupCodes(Actor actor, boolean currentPasswordSent) {
        twoFactor.backupCodes().regenerate(new RegenerateBackupCodesCommand(actor, "@me", currentPasswordSent));
    }

    private void disable(Actor actor, boolean currentPasswordSent) {
        twoFactor.disable().disable(new DisableTwoFactorCommand(actor, "@me", currentPasswordSent));
    }

    private LinkStart startLink(Actor actor, boolean currentPasswordSent) {
        return github.links().start(new StartLinkCommand(actor, "@me", new TeamChoice.Current(), null,
                currentPasswordSent));
    }

    private static Consumer<Throwable> throttled() {
        return e -> {
            assertThat(e).isInstanceOf(ThrottledException.class);
            assertThat(((ThrottledException) e).retryAfterSeconds()).isBetween(1L, 60L);
        };
    }

    private static Consumer<Throwable> reauth() {
        return e -> {
            assertThat(e).isInstanceOf(PermissionDeniedException.class);
            assertThat(((BurrowException) e).code()).isEqualTo(REAUTH);
        };
    }
}
