package dev.burrow.application.login;

import dev.burrow.application.passkey.PasskeyAnswer;
import dev.burrow.domain.session.Session;

/**
 * Logging in with an email address and a password, then a second factor when the user has one; and logging out.
 * A wrong address and a wrong password look the same and take the same time.
 */
public interface LoginUseCase {

    LoginOutcome logIn(Credentials credentials);

    /** The second step: {@code pendingSessionKey} is the key {@link SecondFactorRequired} handed out. */
    Session.Opened completeLogIn(String pendingSessionKey, String token);

    /** Ends the session the key opens, if any. */
    void logOut(String sessionKey);

    // Passkeys (issue 13).

    /**
     * Signs in with a passkey alone (PostHog's {@code /api/webauthn/login/complete/}): the answer to the challenge the
     * browser holding {@code login.challengeKey()} was given. The password login's throttle applies, counted against
     * the account the passkey claims; a success opens a session exactly as a password login does (no second factor:
     * the passkey is one).
     */
    Session.Opened logInWithPasskey(PasskeyLogin login);

    /**
     * The second step of a password login with a passkey as the second factor: {@code credentialId} (base64url) and
     * {@code answer} answer the challenge {@code /api/login/2fa/passkey/begin/} gave the pending login.
     */
    Session.Opened completeLogInWithPasskey(String pendingSessionKey, String credentialId, PasskeyAnswer answer);

    /**
     * A passkey's answer to a login challenge; {@code clientAddress} is where it came from, for throttling;
     * {@code userAgent} names the device of the login session; {@code sessionKey} is the session the browser already
     * has (null for none): a passkey login as its user re-authenticates it, as a password login does.
     */
    record PasskeyLogin(String challengeKey, PasskeyAnswer answer, String clientAddress, String userAgent,
                        String sessionKey) {

        @Override
        public String toString() {
            return "PasskeyLogin[clientAddress=" + clientAddress + "]";
        }
    }

    /**
     * What a person typed; {@code clientAddress} is where the attempt came from, for throttling. {@code userAgent}
     * names the device of the login session; {@code sessionKey} is the session the browser already has (null for
     * none): a login as its user re-authenticates it, a login as another user ends it.
     */
    record Credentials(String email, String password, String clientAddress, String userAgent, String sessionKey) {

        public Credentials(String email, String password, String clientAddress) {
            this(email, password, clientAddress, null, null);
        }

        @Override
        public String toString() {
            return "Credentials[email=" + email + ", clientAddress=" + clientAddress + "]";
        }
    }

    /** How the first step ended. */
    sealed interface LoginOutcome permits LoggedIn, SecondFactorRequired {
    }

    /** The user is logged in. */
    record LoggedIn(Session.Opened session) implements LoginOutcome {
    }

    /** The password was right; the login completes with a code, within ten minutes, through the pending session. */
    record SecondFactorRequired(Session.Opened pending) implements LoginOutcome {
    }
}
