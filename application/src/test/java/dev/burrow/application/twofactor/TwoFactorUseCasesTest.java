package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.twofactor.BackupCodesUseCase.RegenerateBackupCodesCommand;
import dev.burrow.application.twofactor.DisableTwoFactorUseCase.DisableTwoFactorCommand;
import dev.burrow.application.twofactor.StartTwoFactorSetupUseCase.StartTwoFactorSetupCommand;
import dev.burrow.application.twofactor.TwoFactorSetupUriUseCase.TwoFactorSetupUriQuery;
import dev.burrow.application.twofactor.TwoFactorStatusUseCase.TwoFactorStatusQuery;
import dev.burrow.application.twofactor.ValidateTwoFactorUseCase.ValidateTwoFactorCommand;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.twofactor.Totp;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.twofactor.TwoFactorStatus;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 2FA actions called from Java as an embedding host calls them, one use case per action with its command, as
 * in the user slice: the whole life of a device, from setup to disable, and who may make backup codes.
 */
class TwoFactorUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final Persistence persistence = Persistence.inMemory();
    private final TestData data = new TestData(persistence);
    private final SecureRandom random = new SecureRandom();
    private final TwoFactorUseCases twoFactor = TwoFactorUseCases.create(persistence.totpDevices(),
            persistence.backupCodes(), persistence.twoFactorSetups(), persistence.sessions(), persistence.users(),
            persistence.transactions(), persistence.rateLimiter(), Clock.fixed(NOW, ZoneOffset.UTC),
            random, persistence.webauthnCredentials());

    @Test
    void a_device_is_set_up_confirmed_given_backup_codes_and_turned_off() {
        User ada = data.user("ada@example.com");
        Session opened = Session.open(ada.id(), NOW, random).session();
        persistence.sessions().add(opened);
        Actor session = Actor.of(ada, new Credential.Session(opened.id(), NOW));

        assertThat(twoFactor.status().status(new TwoFactorStatusQuery(session, "@me")))
                .isEqualTo(new TwoFactorStatus(false, 0, null, false, false, false));
        assertThatThrownBy(() -> twoFactor.setupUri().setupUri(new TwoFactorSetupUriQuery(session, "burrow.test")))
                .isInstanceOf(NotFoundException.class);

        TotpSecret secret = twoFactor.startSetup().start(new StartTwoFactorSetupCommand(session));
        assertThat(twoFactor.setupUri().setupUri(new TwoFactorSetupUriQuery(session, "burrow.test")))
                .isEqualTo(secret.provisioningUri("burrow.test", "ada@example.com"));
        assertThatThrownBy(() -> twoFactor.validate().validate(new ValidateTwoFactorCommand(session, (String) null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.attr()).isEqualTo("token"));
        twoFactor.validate().validate(new ValidateTwoFactorCommand(session, Totp.code(secret, Totp.step(NOW)), false));

        assertThat(twoFactor.secondFactorCheck().isRequired(ada.id())).isTrue();
        List<String> codes = twoFactor.backupCodes().regenerate(
                new RegenerateBackupCodesCommand(session, "@me", false));
        assertThat(codes).hasSize(10);
        assertThat(twoFactor.status().status(new TwoFactorStatusQuery(session, "@me")))
                .isEqualTo(new TwoFactorStatus(true, 10, "TOTP", false, true, false));

        twoFactor.disable().disable(new DisableTwoFactorCommand(session, "@me", false));
        assertThat(twoFactor.secondFactorCheck().isRequired(ada.id())).isFalse();
        assertThat(twoFactor.status().status(new TwoFactorStatusQuery(session, "@me")).enabled()).isFalse();
        assertThat(persistence.sessions().byId(opened.id())).as("the confirming session stays").isPresent();
    }

    @Test
    void a_setup_needs_a_browser_session() {
        User ada = data.user("ada@example.com");
        Actor key = Actor.of(ada, new Credential.PersonalApiKey("key", ApiScopes.ALL));
        Actor host = Actor.of(ada, new Credential.Host());

        assertThatThrownBy(() -> twoFactor.startSetup().start(new StartTwoFactorSetupCommand(key)))
                .isInstanceOf(PermissionDeniedException.class).hasMessage(SetupSessions.NO_KEYS);
        assertThatThrownBy(() -> twoFactor.startSetup().start(new StartTwoFactorSetupCommand(host)))
                .isInstanceOf(PermissionDeniedException.class).hasMessage(SetupSessions.NO_HOST_CALLERS);
    }

    // Backup codes are a working second factor: only their owner may make them, whoever else may see 2FA status.

    @Test
    void staff_cannot_mint_another_users_backup_codes_nor_void_theirs() {
        User ada = data.user("ada@example.com");
        User root = data.staff("root@example.com");
        persistence.totpDevices().save(TotpDevice.confirmed(ada.id(), TotpSecret.generate(random), 1, NOW));
        List<PasswordHash> adas = List.of(new PasswordHash("h$1"), new PasswordHash("h$2"));
        persistence.backupCodes().replace(ada.id(), adas);

        assertThatThrownBy(() -> twoFactor.backupCodes().regenerate(new RegenerateBackupCodesCommand(session(root),
                ada.uuid().toString(), false)))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage(BackupCodesService.OWN_BACKUP_CODES_ONLY);

        assertThat(persistence.backupCodes().ofUser(ada.id())).extracting(BackupCodeRepository.StoredBackupCode::hash)
                .containsExactlyInAnyOrderElementsOf(adas);
        // Staff still see it, and may still turn it off, as in PostHog.
        assertThat(twoFactor.status().status(new TwoFactorStatusQuery(session(root), ada.uuid().toString()))
                .backupCodesRemaining()).isEqualTo(2);
    }

    @Test
    void users_make_their_own_by_me_or_by_their_uuid_staff_included() {
        User root = data.staff("root@example.com");
        persistence.totpDevices().save(TotpDevice.confirmed(root.id(), TotpSecret.generate(random), 1, NOW));

        assertThat(twoFactor.backupCodes().regenerate(new RegenerateBackupCodesCommand(session(root), "@me", false)))
                .hasSize(10);
        assertThat(twoFactor.backupCodes().regenerate(
                new RegenerateBackupCodesCommand(session(root), root.uuid().toString(), false))).hasSize(10);
        assertThat(persistence.backupCodes().countOf(root.id())).isEqualTo(10);
    }

    private static Actor session(User user) {
        return Actor.of(user, new Credential.Session("session-of-" + user.id(), NOW));
    }
}
