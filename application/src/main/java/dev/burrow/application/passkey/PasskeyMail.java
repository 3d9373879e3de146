package dev.burrow.application.passkey;

import dev.burrow.application.mail.Mailer;
import dev.burrow.domain.user.User;

/** The notices a user gets when a passkey is added to or removed from their account, as PostHog sends them. */
record PasskeyMail(Mailer mailer) {

    void added(User user, String label) {
        send(user, "A passkey was added to your account",
                "The passkey \"" + label + "\" can now sign in to your account. If this was not you, remove it and "
                        + "change your password now.");
    }

    void removed(User user, String label) {
        send(user, "A passkey was removed from your account",
                "The passkey \"" + label + "\" can no longer sign in to your account. If this was not you, change "
                        + "your password now.");
    }

    private void send(User user, String subject, String body) {
        mailer.send(new Mailer.Email(user.email().value(), subject, body));
    }
}
