package dev.burrow.application.login;

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
