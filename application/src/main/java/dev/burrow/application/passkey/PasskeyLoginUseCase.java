package dev.burrow.application.passkey;

/**
 * The first step of signing in with a passkey alone (PostHog's {@code /api/webauthn/login/begin/}): a challenge for
 * whichever passkey the browser holds for the site. It waits for the browser that asked, under a key handed to it
 * (its cookie); the second step is the login use case's, which opens the session as a password login does.
 */
public interface PasskeyLoginUseCase {

    LoginChallenge begin();

    /** The options for the browser, and the key it keeps to answer them (never stored: only its hash is). */
    record LoginChallenge(String key, RequestOptions options) {

        @Override
        public String toString() {
            return "LoginChallenge[" + options.rpId() + "]";
        }
    }
}
