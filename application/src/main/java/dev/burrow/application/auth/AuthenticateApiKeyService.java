package dev.burrow.application.auth;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.apikey.KeyUseRecorder;
import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.user.User;

import java.time.Clock;
import java.util.Optional;

final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {

    private final PersonalApiKeyRepository keys;
    private final UserRepository users;
    private final KeyUseRecorder uses;
    private final Clock clock;

    AuthenticateApiKeyService(PersonalApiKeyRepository keys, UserRepository users, KeyUseRecorder uses,
                              Clock clock) {
        this.keys = keys;
        this.users = users;
        this.uses = uses;
        this.clock = clock;
    }

    @Override
    public Optional<Actor> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        Optional<PersonalApiKey> found = keys.findBySecureValue(PersonalApiKey.secureValueOf(presentedKey));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PersonalApiKey key = found.get();
        Optional<User> holder = users.byId(key.userId()).filter(User::isActive);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        key.recordUse(clock.instant()).ifPresent(uses::record);
        return Optional.of(new Actor(key.userId(), holder.get().isStaff(),
                new Credential.PersonalApiKey(key.id(), key.scopes())));
    }
}
