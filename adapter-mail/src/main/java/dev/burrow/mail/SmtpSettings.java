package dev.burrow.mail;

import java.util.Objects;

/**
 * Where and how to send mail, with Django's setting names in mind ({@code EMAIL_HOST}, {@code EMAIL_PORT},
 * {@code EMAIL_HOST_USER}, {@code EMAIL_HOST_PASSWORD}, {@code EMAIL_USE_TLS}, {@code EMAIL_USE_SSL},
 * {@code EMAIL_DEFAULT_FROM}). {@code user} and {@code password} are null for a server without authentication.
 */
public record SmtpSettings(String host, int port, String user, String password, boolean startTls, boolean ssl,
                           String from) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user + ", startTls=" + startTls
                + ", ssl=" + ssl + ", from=" + from + "]";
    }
}
