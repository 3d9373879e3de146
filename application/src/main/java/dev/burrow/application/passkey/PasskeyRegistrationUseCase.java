package dev.burrow.application.passkey;

import dev.burrow.application.actor.Actor;

import java.util.UUID;

/**
 * Registering a passkey from a logged-in browser session (PostHog's {@code /api/webauthn/register/begin/} and
 * {@code complete/}): the passkey is stored unverified, to be proved once through
 * {@link PasskeyCredentialsUseCase#beginVerification}. Both steps sit behind the recent-login gate.
 */
public interface PasskeyRegistrationUseCase {

    /** The options for the browser; the challenge waits in the caller's session. */
    CreationOptions begin(Actor actor);

    /** Verifies and stores the passkey the browser made; its id. */
    UUID complete(Actor actor, RegistrationAnswer answer);
}
