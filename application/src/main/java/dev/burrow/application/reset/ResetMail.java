package dev.burrow.application.reset;

import dev.burrow.application.mail.Mailer;
import dev.burrow.domain.user.User;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The reset link, handed to the mail port off the request's thread: the answer to a known address must not wait
 * for a mail server that the answer to an unknown one never meets.
 */
final class ResetMail {

    private static final System.Logger LOG = System.getLogger(ResetMail.class.getName());

    private final Mailer mailer;
    private final Executor sender;

    ResetMail(Mailer mailer, Executor sender) {
        this.mailer = mailer;
        this.sender = sender;
    }

    boolean delivered() {
        return mailer.deliversMail();
    }

    void send(User user, String siteUrl, String token) {
        String base = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        String link = base + "/reset/" + user.uuid() + "/" + token;
        Mailer.Email email = new Mailer.Email(user.email().value(), "Reset your password",
                "Please follow the link inside to reset your password.\n\n" + link + "\n\n"
                        + "The link works once, for 24 hours. If you did not ask for it, ignore this mail: your "
                        + "password stays as it is.");
        try {
            sender.execute(() -> deliver(email));
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "a password reset mail was dropped: too many are waiting");
        }
    }

    private void deliver(Mailer.Email email) {
        try {
            mailer.send(email);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a password reset mail could not be sent", e);
        }
    }
}
