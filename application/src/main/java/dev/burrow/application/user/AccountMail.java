package dev.burrow.application.user;

import dev.burrow.application.mail.Mailer;
import dev.burrow.domain.user.EmailAddress;

/** The mails that tell a user about changes to their account, all worded in one place. */
record AccountMail(Mailer mailer) {

    /** Whether mail is delivered: only then does a new address wait for its code. */
    boolean delivered() {
        return mailer.deliversMail();
    }

    void passwordChanged(EmailAddress to) {
        send(to, "Your password was changed",
                "The password of your account was just changed. If this was not you, reset it now.");
    }

    void confirmNewAddress(EmailAddress to, String code) {
        send(to, "Confirm your new email address",
                "Your confirmation code is " + code + ". It expires in one hour.");
    }

    void addressChanged(EmailAddress previous, EmailAddress now) {
        send(previous, "Your email address was changed", "The email address of your account is now " + now + ".");
        send(now, "Your email address was changed", "This is now the email address of your account.");
    }

    private void send(EmailAddress to, String subject, String body) {
        mailer.send(new Mailer.Email(to.value(), subject, body));
    }
}
