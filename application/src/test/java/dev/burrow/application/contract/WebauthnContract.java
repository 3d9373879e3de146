package dev.burrow.application.contract;

import dev.burrow.domain.passkey.PasskeyChallenge;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the stores of passkeys and of their ceremonies' challenges must do. */
public abstract class WebauthnContract extends PersistenceContract {

    private final SecureRandom random = new SecureRandom();

    private WebauthnCredential passkey(User user, String credentialId) {
        return WebauthnCredential.registered(user.id(), credentialId.getBytes(), "Passkey", new byte[]{1, 2, 3}, -7,
                0, List.of("internal", "hybrid"), data.tick(), random);
    }

    @Test
    void a_passkey_reads_back_by_id_by_credential_id_and_in_the_users_list_newest_first() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        WebauthnCredential first = passkey(ada, "first");
        WebauthnCredential second = passkey(ada, "second");
        WebauthnCredential bobs = passkey(bob, "bobs");

        assertThat(persistence.webauthnCredentials().add(first)).isTrue();
        assertThat(persistence.webauthnCredentials().add(second)).isTrue();
        assertThat(persistence.webauthnCredentials().add(bobs)).isTrue();

        assertThat(persistence.webauthnCredentials().byId(first.id())).contains(first);
        assertThat(persistence.webauthnCredentials().byCredentialId("second".getBytes())).contains(second);
        assertThat(persistence.webauthnCredentials().byCredentialId("none".getBytes())).isEmpty();
        assertThat(persistence.webauthnCredentials().ofUser(ada.id())).containsExactly(second, first);
        assertThat(persistence.webauthnCredentials().byId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void a_credential_id_belongs_to_one_passkey_of_one_user() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        assertThat(persistence.webauthnCredentials().add(passkey(ada, "same"))).isTrue();

        assertThat(persistence.webauthnCredentials().add(passkey(ada, "same"))).isFalse();
        assertThat(persistence.webauthnCredentials().add(passkey(bob, "same"))).isFalse();
        assertThat(persistence.webauthnCredentials().ofUser(ada.id())).hasSize(1);
        assertThat(persistence.webauthnCredentials().ofUser(bob.id())).isEmpty();
    }

    @Test
    void verifying_renaming_and_deleting() {
        User ada = data.user("ada@example.com");
        WebauthnCredential key = passkey(ada, "key");
        persistence.webauthnCredentials().add(key);
        assertThat(persistence.webauthnCredentials().hasVerified(ada.id())).isFalse();

        assertThat(persistence.webauthnCredentials().markVerified(key.id(), 3)).isTrue();
        assertThat(persistence.webauthnCredentials().markVerified(key.id(), 4)).isFalse();
        assertThat(persistence.webauthnCredentials().rename(key.id(), "Laptop")).isTrue();
        WebauthnCredential stored = persistence.webauthnCredentials().byId(key.id()).orElseThrow();
        assertThat(stored.verified()).isTrue();
        assertThat(stored.counter()).isEqualTo(3);
        assertThat(stored.label()).isEqualTo("Laptop");
        assertThat(stored.publicKey()).isEqualTo(new byte[]{1, 2, 3});
        assertThat(stored.transports()).containsExactly("internal", "hybrid");
        assertThat(persistence.webauthnCredentials().hasVerified(ada.id())).isTrue();

        assertThat(persistence.webauthnCredentials().delete(key.id())).isTrue();
        assertThat(persistence.webauthnCredentials().delete(key.id())).isFalse();
        assertThat(persistence.webauthnCredentials().rename(key.id(), "Gone")).isFalse();
        assertThat(persistence.webauthnCredentials().hasVerified(ada.id())).isFalse();
    }

    @Test
    void the_counter_only_moves_forward_unless_the_authenticator_keeps_none() {
        User ada = data.user("ada@example.com");
        WebauthnCredential key = passkey(ada, "key");
        persistence.webauthnCredentials().add(key);

        assertThat(persistence.webauthnCredentials().advanceCounter(key.id(), 0)).isTrue();
        assertThat(persistence.webauthnCredentials().advanceCounter(key.id(), 5)).isTrue();
        assertThat(persistence.webauthnCredentials().advanceCounter(key.id(), 5)).isFalse();
        assertThat(persistence.webauthnCredentials().advanceCounter(key.id(), 4)).isFalse();
        assertThat(persistence.webauthnCredentials().advanceCounter(key.id(), 0)).isFalse();
        assertThat(persistence.webauthnCredentials().byId(key.id()).orElseThrow().counter()).isEqualTo(5);
    }

    @Test
    void of_logins_racing_with_the_same_counter_one_passes_and_the_highest_counter_stays() throws Exception {
        User ada = data.user("ada@example.com");
        WebauthnCredential key = passkey(ada, "key");
        persistence.webauthnCredentials().add(key);

        List<Boolean> same = Race.run(8, i -> () -> persistence.webauthnCredentials().advanceCounter(key.id(), 7));
        assertThat(same).containsOnlyOnce(true);

        Race.run(8, i -> () -> persistence.webauthnCredentials().advanceCounter(key.id(), 10 + i));
        assertThat(persistence.webauthnCredentials().byId(key.id()).orElseThrow().counter()).isEqualTo(17);
    }

    @Test
    void a_users_passkeys_go_with_the_user() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        WebauthnCredential adas = passkey(ada, "adas");
        WebauthnCredential bobs = passkey(bob, "bobs");
        persistence.webauthnCredentials().add(adas);
        persistence.webauthnCredentials().add(bobs);

        assertThat(persistence.users().delete(ada.id())).isTrue();

        assertThat(persistence.webauthnCredentials().byId(adas.id())).isEmpty();
        assertThat(persistence.webauthnCredentials().byCredentialId("adas".getBytes())).isEmpty();
        assertThat(persistence.webauthnCredentials().byId(bobs.id())).contains(bobs);
    }

    @Test
    void a_passkey_is_a_second_factor_when_verified_and_turned_on() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        User cy = data.user("cy@example.com");
        WebauthnCredential adas = passkey(ada, "adas");
        WebauthnCredential bobs = passkey(bob, "bobs");
        persistence.webauthnCredentials().add(adas);
        persistence.webauthnCredentials().add(bobs);
        persistence.webauthnCredentials().markVerified(adas.id(), 0);
        for (User user : List.of(ada, bob, cy)) {
            User stored = persistence.users().byId(user.id()).orElseThrow();
            persistence.users().update(stored.withPreferences(
                    stored.preferences().toBuilder().passkeysEnabledFor2fa(true).build()));
        }

        assertThat(persistence.webauthnCredentials().withPasskeySecondFactor(List.of(ada.id(), bob.id(), cy.id())))
                .isEqualTo(Set.of(ada.id()));
        // The directory the profile reads answers for them too, in its one lookup.
        assertThat(persistence.totpDevices().withSecondFactor(List.of(ada.id(), bob.id(), cy.id())))
                .isEqualTo(Set.of(ada.id()));
    }

    @Test
    void a_challenge_is_taken_once_and_replaced_by_the_next_of_its_ceremony() {
        User ada = data.user("ada@example.com");
        PasskeyChallenge first = PasskeyChallenge.issue("holder", PasskeyChallenge.Ceremony.REGISTRATION, ada.id(),
                null, data.now(), random);
        PasskeyChallenge second = PasskeyChallenge.issue("holder", PasskeyChallenge.Ceremony.REGISTRATION, ada.id(),
                null, data.tick(), random);
        PasskeyChallenge login = PasskeyChallenge.issue("holder", PasskeyChallenge.Ceremony.LOGIN, null, null,
                data.now(), random);
        UUID credential = UUID.randomUUID();
        PasskeyChallenge verification = PasskeyChallenge.issue("other", PasskeyChallenge.Ceremony.VERIFICATION,
                ada.id(), credential, data.now(), random);

        persistence.webauthnChallenges().put(first);
        persistence.webauthnChallenges().put(second);
        persistence.webauthnChallenges().put(login);
        persistence.webauthnChallenges().put(verification);

        assertThat(persistence.webauthnChallenges().take("holder", PasskeyChallenge.Ceremony.REGISTRATION))
                .contains(second);
        assertThat(persistence.webauthnChallenges().take("holder", PasskeyChallenge.Ceremony.REGISTRATION)).isEmpty();
        assertThat(persistence.webauthnChallenges().take("holder", PasskeyChallenge.Ceremony.VERIFICATION)).isEmpty();
        assertThat(persistence.webauthnChallenges().take("other", PasskeyChallenge.Ceremony.VERIFICATION))
                .contains(verification);
        assertThat(persistence.webauthnChallenges().take("holder", PasskeyChallenge.Ceremony.LOGIN)).contains(login);
    }

    @Test
    void of_requests_racing_for_a_challenge_one_gets_it() throws Exception {
        PasskeyChallenge challenge = PasskeyChallenge.issue("holder", PasskeyChallenge.Ceremony.LOGIN, null, null,
                data.now(), random);
        persistence.webauthnChallenges().put(challenge);

        List<Boolean> taken = Race.run(8, i -> () ->
                persistence.webauthnChallenges().take("holder", PasskeyChallenge.Ceremony.LOGIN).isPresent());

        assertThat(taken).containsOnlyOnce(true);
    }

    @Test
    void expired_challenges_are_forgotten() {
        PasskeyChallenge old = PasskeyChallenge.issue("old", PasskeyChallenge.Ceremony.LOGIN, null, null, data.now(),
                random);
        PasskeyChallenge fresh = PasskeyChallenge.issue("fresh", PasskeyChallenge.Ceremony.LOGIN, null, null,
                data.now().plus(PasskeyChallenge.LIFETIME), random);
        persistence.webauthnChallenges().put(old);
        persistence.webauthnChallenges().put(fresh);

        assertThat(persistence.webauthnChallenges().deleteExpired(old.expiresAt())).isEqualTo(1);
        assertThat(persistence.webauthnChallenges().take("old", PasskeyChallenge.Ceremony.LOGIN)).isEmpty();
        assertThat(persistence.webauthnChallenges().take("fresh", PasskeyChallenge.Ceremony.LOGIN)).contains(fresh);
    }
}
