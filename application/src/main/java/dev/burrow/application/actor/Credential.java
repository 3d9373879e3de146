package dev.burrow.application.actor;

import dev.burrow.domain.apikey.ApiScopes;

import java.time.Instant;

/** How the caller proved who they are. */
public sealed interface Credential {

    /** A personal API key, with the scopes it holds. */
    record PersonalApiKey(String keyId, ApiScopes scopes) implements Credential {
    }

    /**
     * A browser session; {@code authenticatedAt} is when its user last proved who they are (the login, or a later
     * re-authentication), which decides whether sensitive actions are allowed.
     */
    record Session(String sessionId, Instant authenticatedAt) implements Credential {
    }

    /** An identity vouched for by the service burrow is embedded in; it holds every permission its user has. */
    record Host() implements Credential {
    }
}
