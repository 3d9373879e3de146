package dev.burrow.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.burrow.application.mail.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpMailerTest {

    private static final int PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("burrow", "s3cret"));

    @Test
    void a_message_reaches_the_server_with_its_subject_and_body() throws Exception {
        SmtpMailer mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", PORT, "burrow", "s3cret", false, false,
                "burrow@example.com"));

        mailer.send(new Mailer.Email("ada@example.com", "Confirm your new email address",
                "Your confirmation code is 123456. Caf\u00e9."));
        assertThat(mailer.drain(Duration.ofSeconds(10))).isTrue();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Confirm your new email address");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("burrow@example.com");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
        assertThat(((String) received[0].getContent()).strip()).isEqualTo("Your confirmation code is 123456. Caf\u00e9.");
        assertThat(mailer.deliversMail()).isTrue();
    }

    @Test
    void wrong_credentials_fail_the_delivery_and_nothing_arrives() {
        SmtpMailer mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", PORT, "burrow", "wrong", false, false,
                "burrow@example.com"));

        assertThatThrownBy(() -> mailer.deliverNow(new Mailer.Email("ada@example.com", "x", "y")))
                .isInstanceOf(MessagingException.class);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_unreachable_server_is_logged_not_thrown_at_the_caller() throws Exception {
        SmtpMailer mailer = new SmtpMailer(new SmtpSettings("127.0.0.1", freePort(), null, null, false, false,
                "burrow@example.com"));

        mailer.send(new Mailer.Email("ada@example.com", "x", "y"));

        assertThat(mailer.drain(Duration.ofSeconds(20))).isTrue();
    }

    @Test
    void without_a_server_nothing_is_delivered_and_the_flows_know_it() {
        LoggingMailer mailer = new LoggingMailer();

        mailer.send(new Mailer.Email("ada@example.com", "x", "the code 123456"));

        assertThat(mailer.deliversMail()).isFalse();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
