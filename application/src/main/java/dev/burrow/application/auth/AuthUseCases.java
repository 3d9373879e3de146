package dev.burrow.application.auth;

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
}
