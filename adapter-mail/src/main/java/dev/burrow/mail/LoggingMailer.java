package dev.burrow.mail;

import dev.burrow.application.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer of an instance without a mail server: it delivers nothing and says so, so an email change is applied
 * at once, as PostHog does without email. It logs who would have been written to, never the body.
 */
public final class LoggingMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingMailer.class);

    @Override
    public boolean deliversMail() {
        return false;
    }

    @Override
    public void send(Email email) {
        LOG.info("No mail server is configured; not sending {}", email);
    }
}
