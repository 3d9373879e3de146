package dev.burrow.application.auth;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.apikey.KeyUseRecorder;
import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.user.ProfileReads;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;

/** Builds the authentication use cases. */
public final class AuthUseCases {

    private AuthUseCases() {
    }

    /** Key uses are written as they happen. */
    public static AuthenticateApiKeyUseCase authenticateApiKey(PersonalApiKeyRepository keys, Clock clock) {
        return authenticateApiKey(keys, keys::recordUse, clock);
    }

    /**
     * Key uses go to {@code uses}; a request that answers with the caller's profile reads it through {@code
     * profiles} in the same round trip as the key.
     */
    public static AuthenticateApiKeyUseCase authenticateApiKey(PersonalApiKeyRepository keys, ProfileReads profiles,
                                                               KeyUseRecorder uses, Clock clock) {
        return new AuthenticateApiKeyService(keys, profiles, uses, clock);
    }

    /** Key uses go to {@code uses}, a {@link dev.burrow.application.apikey.WriteBehindKeyUses} on a server. */
    public static AuthenticateApiKeyUseCase authenticateApiKey(PersonalApiKeyRepository keys, KeyUseRecorder uses,
                                                               Clock clock) {
        return new AuthenticateApiKeyService(keys, null, uses, clock);
    }

    /** The user a host vouches for acts with {@link Credential.Host}: every permission that user has. */
    public static AuthenticateHostCallerUseCase authenticateHostCaller(UserRepository users) {
        return uuid -> users.activeByUuid(uuid).map(user -> Actor.of(user, new Credential.Host()));
    }

    public static AuthenticateSessionUseCase authenticateSession(SessionRepository sessions, Clock clock) {
        return new AuthenticateSessionService(sessions, null, clock);
    }

    /** A request that answers with the caller's profile reads it through {@code profiles}, with the session. */
    public static AuthenticateSessionUseCase authenticateSession(SessionRepository sessions, ProfileReads profiles,
                                                                 Clock clock) {
        return new AuthenticateSessionService(sessions, profiles, clock);
    }
}
