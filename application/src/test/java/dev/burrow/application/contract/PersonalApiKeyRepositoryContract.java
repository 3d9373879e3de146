package dev.burrow.application.contract;

import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link PersonalApiKeyRepository} must do. */
public abstract class PersonalApiKeyRepositoryContract extends PersistenceContract {

    private PersonalApiKeyRepository keys() {
        return persistence.apiKeys();
    }

    @Test
    void a_key_is_found_by_the_hash_of_its_value_only() {
        User user = data.user("ada@example.com");
        PersonalApiKey.Issued issued = data.apiKey(user, ApiScopes.of(List.of(ApiScope.USER_READ,
                ApiScope.PERSONAL_API_KEY_WRITE)));

        assertThat(keys().findBySecureValue(PersonalApiKey.secureValueOf(issued.value()))).contains(issued.key());
        assertThat(keys().findBySecureValue(issued.value())).isEmpty();
        assertThat(keys().findBySecureValue(PersonalApiKey.secureValueOf(issued.value() + "x"))).isEmpty();
    }

    @Test
    void a_users_keys_are_listed_oldest_first() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        PersonalApiKey first = data.apiKey(ada, ApiScopes.ALL).key();
        data.apiKey(bob, ApiScopes.ALL);
        PersonalApiKey second = data.apiKey(ada, ApiScopes.of(List.of())).key();

        assertThat(keys().ofUser(ada.id())).containsExactly(first, second);
    }

    @Test
    void a_recorded_use_is_stored_but_never_moves_back() {
        User user = data.user("ada@example.com");
        PersonalApiKey key = data.apiKey(user, ApiScopes.ALL).key();
        Instant used = Instant.parse("2026-11-28T12:00:00.123456Z");
        PersonalApiKey usedNow = key.recordUse(used).orElseThrow();
        PersonalApiKey usedEarlier = key.recordUse(used.minus(Duration.ofHours(3))).orElseThrow();

        keys().recordUse(usedNow);
        keys().recordUse(usedEarlier);

        assertThat(keys().findBySecureValue(key.secureValue()).orElseThrow().lastUsedAt()).isEqualTo(used);
    }

    @Test
    void a_key_is_found_with_its_holder_active_or_not() {
        User ada = data.user("ada@example.com");
        PersonalApiKey key = data.apiKey(ada, ApiScopes.ALL).key();
        User gone = data.deactivate(data.user("gone@example.com"));
        PersonalApiKey theirs = data.apiKey(gone, ApiScopes.ALL).key();

        assertThat(keys().findWithHolder(key.secureValue()))
                .contains(new PersonalApiKeyRepository.KeyAndHolder(key, ada));
        assertThat(keys().findWithHolder(theirs.secureValue()).orElseThrow().holder()).isEqualTo(gone);
        assertThat(keys().findWithHolder(PersonalApiKey.secureValueOf("phx_unknown"))).isEmpty();
    }

    @Test
    void uses_of_many_keys_are_recorded_in_one_batch_and_never_go_back_in_time() {
        User ada = data.user("ada@example.com");
        PersonalApiKey first = data.apiKey(ada, ApiScopes.ALL).key();
        PersonalApiKey second = data.apiKey(ada, ApiScopes.ALL).key();
        Instant used = Instant.parse("2026-11-28T12:00:00.123456Z");
        keys().recordUse(second.recordUse(used).orElseThrow());

        keys().recordUses(List.of(first.recordUse(used).orElseThrow(),
                second.recordUse(used.minus(Duration.ofHours(2))).orElseThrow()));
        keys().recordUses(List.of());

        assertThat(keys().findBySecureValue(first.secureValue()).orElseThrow().lastUsedAt()).isEqualTo(used);
        assertThat(keys().findBySecureValue(second.secureValue()).orElseThrow().lastUsedAt()).isEqualTo(used);
    }

    @Test
    void a_key_is_found_by_id_only_for_its_owner_and_keeps_its_scoping() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        PersonalApiKey.Issued issued = PersonalApiKey.issue(ada.id(), "scoped", ApiScopes.ALL, List.of(4L, 5L),
                List.of("5b0d0e4e-3f7a-4a1e-9d1c-3c5d8a7e9f01"), data.tick(), new java.security.SecureRandom());
        keys().add(issued.key());

        assertThat(keys().byId(ada.id(), issued.key().id())).contains(issued.key());
        assertThat(keys().byId(bob.id(), issued.key().id())).isEmpty();
        assertThat(keys().byId(ada.id(), "nope")).isEmpty();
        assertThat(keys().countOf(ada.id())).isOne();
        assertThat(keys().countOf(bob.id())).isZero();
    }

    @Test
    void an_update_changes_label_scopes_and_scoping_only() {
        User ada = data.user("ada@example.com");
        PersonalApiKey key = data.apiKey(ada, ApiScopes.ALL).key();
        PersonalApiKey used = key.recordUse(Instant.parse("2026-11-28T12:00:00Z")).orElseThrow();
        keys().recordUse(used);

        PersonalApiKey changed = key.withLabel("renamed").withScopes(ApiScopes.parse(List.of("user:read")))
                .withScoping(List.of(9L), null);
        keys().update(changed);

        PersonalApiKey stored = keys().byId(ada.id(), key.id()).orElseThrow();
        assertThat(stored.label()).isEqualTo("renamed");
        assertThat(stored.scopes()).isEqualTo(ApiScopes.parse(List.of("user:read")));
        assertThat(stored.scopedTeams()).containsExactly(9L);
        assertThat(stored.scopedOrganizations()).isNull();
        assertThat(stored.lastUsedAt()).isEqualTo(used.lastUsedAt());
        assertThat(stored.secureValue()).isEqualTo(key.secureValue());
    }

    @Test
    void a_key_is_deleted_only_by_its_owner() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        PersonalApiKey key = data.apiKey(ada, ApiScopes.ALL).key();

        assertThat(keys().delete(bob.id(), key.id())).isFalse();
        assertThat(keys().delete(ada.id(), key.id())).isTrue();
        assertThat(keys().delete(ada.id(), key.id())).isFalse();
        assertThat(keys().findBySecureValue(key.secureValue())).isEmpty();
    }

    @Test
    void concurrent_additions_never_pass_the_limit() throws Exception {
        User ada = data.user("ada@example.com");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Callable<Boolean>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                attempts.add(() -> keys().addWithin(PersonalApiKey.issue(ada.id(), "k", ApiScopes.ALL,
                        Instant.parse("2026-11-28T12:00:00Z"), new java.security.SecureRandom()).key(), 10));
            }
            int added = 0;
            for (java.util.concurrent.Future<Boolean> attempt : pool.invokeAll(attempts, 1, java.util.concurrent.TimeUnit.MINUTES)) {
                added += attempt.get() ? 1 : 0;
            }
            assertThat(added).isEqualTo(10);
            assertThat(keys().countOf(ada.id())).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }
}
