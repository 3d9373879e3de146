package dev.burrow.application.session;

import java.time.Clock;

/** Builds the login sessions use case. */
public final class LoginSessionsUseCases {

    private LoginSessionsUseCases() {
    }

    public static LoginSessionsUseCase create(SessionRepository sessions, Clock clock) {
        return new LoginSessionsService(sessions, clock);
    }
}
