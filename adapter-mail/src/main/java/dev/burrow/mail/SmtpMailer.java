package dev.burrow.mail;

import dev.burrow.application.mail.Mailer;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Sends mail through an SMTP server, in the background as PostHog's task queue does: a request never waits on the
 * mail server, and a message that cannot be sent is logged (without its body, which may hold a code) rather than
 * failing the change that caused it.
 */
public final class SmtpMailer implements Mailer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int QUEUE = 1000;

    private final SmtpSettings settings;
    private final Session session;
    private final ThreadPoolExecutor sender;

    public SmtpMailer(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings), authenticator(settings));
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
            Thread thread = new Thread(task, "smtp-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public boolean deliversMail() {
        return true;
    }

    @Override
    public void send(Email email) {
        try {
            sender.execute(() -> deliver(email));
        } catch (RejectedExecutionException e) {
            LOG.error("Mail queue full; dropped {}", email);
        }
    }

    /** Sends now, on the calling thread; failures are thrown. */
    void deliverNow(Email email) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.to(), true));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setText(email.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }

    private void deliver(Email email) {
        try {
            deliverNow(email);
        } catch (MessagingException | RuntimeException e) {
            LOG.error("Could not send {} through {}:{}: {}", email, settings.host(), settings.port(), e.getMessage());
        }
    }

    /** Waits for queued messages to go out, up to {@code timeout}. */
    public boolean drain(Duration timeout) throws InterruptedException {
        sender.shutdown();
        return sender.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        sender.shutdown();
    }

    private static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        String protocol = settings.ssl() ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        properties.put("mail." + protocol + ".auth", Boolean.toString(settings.user() != null));
        properties.put("mail." + protocol + ".starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail." + protocol + ".starttls.required", Boolean.toString(settings.startTls()));
        String millis = Long.toString(TIMEOUT.toMillis());
        properties.put("mail." + protocol + ".connectiontimeout", millis);
        properties.put("mail." + protocol + ".timeout", millis);
        properties.put("mail." + protocol + ".writetimeout", millis);
        return properties;
    }

    private static Authenticator authenticator(SmtpSettings settings) {
        if (settings.user() == null) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        };
    }
}
