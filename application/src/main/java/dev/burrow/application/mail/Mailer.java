package dev.burrow.application.mail;

import dev.burrow.domain.HostApi;

import java.util.Objects;

/** Sends email to users: confirmation codes and notices about their account. */
@HostApi
public interface Mailer {

    /**
     * Whether mail really reaches people. When it does not (no mail server configured), flows that depend on the
     * user reading a message, like confirming a new address, take their no-mail path, as PostHog's do.
     */
    boolean deliversMail();

    void send(Email email);

    /** One plain-text message. */
    @HostApi
    record Email(String to, String subject, String body) {

        public Email {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
        }

        /** Bodies carry codes; they stay out of logs made of toString. */
        @Override
        public String toString() {
            return "Email[to=" + to + ", subject=" + subject + "]";
        }
    }
}
