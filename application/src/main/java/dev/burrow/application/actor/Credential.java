package dev.burrow.application.actor;

import dev.burrow.domain.apikey.ApiScopes;

/** How the caller proved who they are. */
public sealed interface Credential {

    /** A personal API key, with the scopes it holds. */
    record PersonalApiKey(String keyId, ApiScopes scopes) implements Credential {
    }

    /** An identity vouched for by the service burrow is embedded in; it holds every permission its user has. */
    record Host() implements Credential {
    }
}
