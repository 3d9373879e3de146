package dev.burrow.application.fake;

import dev.burrow.application.passkey.PasskeyAnswer;
import dev.burrow.application.passkey.PasskeyLoginCheck;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.User;

/** For tests of password logins, which never ask passkeys anything: any question fails the test. */
public final class NoPasskeys implements PasskeyLoginCheck {

    public static final PasskeyLoginCheck LOGIN_CHECK = new NoPasskeys();

    private NoPasskeys() {
    }

    @Override
    public Claim claim(String challengeKey, PasskeyAnswer answer) {
        throw new AssertionError("not a passkey login");
    }

    @Override
    public User prove(Claim claim) {
        throw new AssertionError("not a passkey login");
    }

    @Override
    public void proveSecondFactor(Session pending, String credentialId, PasskeyAnswer answer) {
        throw new AssertionError("not a passkey login");
    }
}
