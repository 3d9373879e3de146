package dev.burrow.application.auth;

import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;

/** Builds the authentication use cases. */
public final class AuthUseCases {

    private AuthUseCases() {
    }

    public static AuthenticateApiKeyUseCase authenticateApiKey(PersonalApiKeyRepository keys, UserRepository users,
                                                               Clock clock) {
        return new AuthenticateApiKeyService(keys, users, clock);
    }

    public static AuthenticateSessionUseCase authenticateSession(SessionRepository sessions, UserRepository users,
                                                                 Clock clock) {
        return new AuthenticateSessionService(sessions, users, clock);
    }
}
