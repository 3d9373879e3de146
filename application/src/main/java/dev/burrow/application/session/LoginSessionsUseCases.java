package dev.burrow.application.session;

import java.time.Clock;
import java.util.Objects;

/** Builds the login sessions use case. */
public final class LoginSessionsUseCases {

    private LoginSessionsUseCases() {
    }

    /** Without a GeoIP database: every {@code location} is null. */
    public static LoginSessionsUseCase create(SessionRepository sessions, Clock clock) {
        return create(sessions, clock, Geolocation.NONE);
    }

    /** {@code location} from {@code geolocation}, asked for each listed session's last address. */
    public static LoginSessionsUseCase create(SessionRepository sessions, Clock clock, Geolocation geolocation) {
        return new LoginSessionsService(sessions, clock, Objects.requireNonNull(geolocation, "geolocation"));
    }
}
