package dev.burrow.application.auth;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.apikey.KeyUseRecorder;
import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.domain.apikey.PersonalApiKey;

import java.time.Clock;
import java.util.Optional;

final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {

    private final PersonalApiKeyRepository keys;
    private final KeyUseRecorder uses;
    private final Clock clock;

    AuthenticateApiKeyService(PersonalApiKeyRepository keys, KeyUseRecorder uses, Clock clock) {
        this.keys = keys;
        this.uses = uses;
        this.clock = clock;
    }

    /** One read finds the key and its holder: this runs for every request that carries a key. */
    @Override
    public Optional<Actor> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        Optional<PersonalApiKeyRepository.KeyAndHolder> found =
                keys.findWithHolder(PersonalApiKey.secureValueOf(presentedKey));
        if (found.isEmpty() || !found.get().holder().isActive()) {
            return Optional.empty();
        }
        PersonalApiKey key = found.get().key();
        key.recordUse(clock.instant()).ifPresent(uses::record);
        return Optional.of(Actor.of(found.get().holder(), new Credential.PersonalApiKey(key.id(), key.scopes())));
    }
}
