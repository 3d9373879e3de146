package dev.burrow.application.auth;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.apikey.KeyUseRecorder;
import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.domain.apikey.PersonalApiKey;

import dev.burrow.application.user.ProfileReads;
import dev.burrow.domain.organization.Invite;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {

    private final PersonalApiKeyRepository keys;
    private final ProfileReads profiles;
    private final KeyUseRecorder uses;
    private final Clock clock;

    AuthenticateApiKeyService(PersonalApiKeyRepository keys, ProfileReads profiles, KeyUseRecorder uses,
                              Clock clock) {
        this.keys = keys;
        this.profiles = profiles;
        this.uses = uses;
        this.clock = clock;
    }

    /** One read finds the key and its holder: this runs for every request that carries a key. */
    @Override
    public Optional<Actor> authenticate(String presentedKey) {
        return authenticate(presentedKey, false);
    }

    /** With the profile, the same one read finds the key, its holder and the rest of what {@code @me} shows. */
    @Override
    public Optional<Actor> authenticate(String presentedKey, boolean withProfile) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        String secureValue = PersonalApiKey.secureValueOf(presentedKey);
        Instant now = clock.instant();
        Optional<ProfileReads.KeyAndProfile> found = withProfile && profiles != null
                ? profiles.byKey(secureValue, now.minus(Invite.VALIDITY))
                : keys.findWithHolder(secureValue).map(it -> new ProfileReads.KeyAndProfile(it.key(), it.holder(),
                        null));
        if (found.isEmpty() || !found.get().holder().isActive()) {
            return Optional.empty();
        }
        PersonalApiKey key = found.get().key();
        key.recordUse(now).ifPresent(uses::record);
        return Optional.of(Actor.of(found.get().holder(), new Credential.PersonalApiKey(key.id(), key.scopes()),
                found.get().profile()));
    }
}
