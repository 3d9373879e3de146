package dev.burrow.bootstrap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A way back in and a view of one's logins, end to end: two burrow servers on one PostgreSQL, mailing through a
 * real SMTP server the test starts (GreenMail). A reset asked for on one instance is mailed, its link read out of
 * the delivered message and used on the other, and every session of the user ends on both at once; a login ended
 * on one instance is refused by the other at once.
 */
class AccountRecoveryFleetTest {

    private static final String SITE = "http://burrow.test";
    private static final String PASSWORD = "first start password";
    private static final String NEW_PASSWORD = "a brand new hedgehog passphrase";
    private static final int SMTP_PORT = freePort();
    private static final Pattern LINK = Pattern.compile(Pattern.quote(SITE)
            + "/reset/([0-9a-f-]{36})/([0-9a-z]+-[0-9a-f]{32})");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    private final Http http = new Http();

    @Test
    void a_reset_mailed_by_one_instance_is_completed_on_the_other_and_ends_every_session_on_both() throws Exception {
        try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase()) {
            Map<String, String> env = env(database);
            CommandLine.Result first = new CommandLine(env).run("serve");
            assertThat(first.exitCode()).as(first.err()).isZero();
            CommandLine.Result second = new CommandLine(env).run("serve");
            assertThat(second.exitCode()).as(second.err()).isZero();
            String a = "http://127.0.0.1:" + first.outcome().server().port();
            String b = "http://127.0.0.1:" + second.outcome().server().port();
            try {
                String onA = logIn(a, PASSWORD);
                String onB = logIn(b, PASSWORD);

                HttpResponse<String> asked = http.send(json(a + "/api/reset/",
                        "{\"email\": \"ADMIN@burrow.local\"}"));
                assertThat(asked.statusCode()).as(asked.body()).isEqualTo(204);
                assertThat(SMTP.waitForIncomingEmail(20_000, 1)).isTrue();
                MimeMessage mail = SMTP.getReceivedMessages()[0];
                assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("admin@burrow.local");
                Matcher link = LINK.matcher((String) mail.getContent());
                assertThat(link.find()).as((String) mail.getContent()).isTrue();
                String uuid = link.group(1);
                String token = link.group(2);

                assertThat(http.send(HttpRequest.newBuilder(URI.create(b + "/api/reset/" + uuid + "/?token="
                        + token))).statusCode()).isEqualTo(200);
                HttpResponse<String> done = http.send(json(b + "/api/reset/" + uuid + "/",
                        "{\"token\": \"" + token + "\", \"password\": \"" + NEW_PASSWORD + "\"}"));
                assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
                assertThat(done.body()).isEqualTo("{\"success\":true,\"email\":\"admin@burrow.local\"}");

                for (String base : new String[]{a, b}) {
                    for (String session : new String[]{onA, onB}) {
                        assertThat(me(base, session).statusCode()).isEqualTo(401);
                    }
                }
                assertThat(me(a, logIn(a, NEW_PASSWORD)).statusCode()).isEqualTo(200);
                HttpResponse<String> again = http.send(json(a + "/api/reset/" + uuid + "/",
                        "{\"token\": \"" + token + "\", \"password\": \"yet another fine passphrase\"}"));
                assertThat(again.statusCode()).isEqualTo(400);
                assertThat(Http.read(again).get("code").asText()).isEqualTo("invalid_token");
            } finally {
                first.outcome().server().close();
                second.outcome().server().close();
            }
        }
    }

    @Test
    void a_login_ended_on_one_instance_is_refused_by_the_other_at_once() {
        try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase()) {
            Map<String, String> env = env(database);
            CommandLine.Result first = new CommandLine(env).run("serve");
            assertThat(first.exitCode()).as(first.err()).isZero();
            CommandLine.Result second = new CommandLine(env).run("serve");
            assertThat(second.exitCode()).as(second.err()).isZero();
            String a = "http://127.0.0.1:" + first.outcome().server().port();
            String b = "http://127.0.0.1:" + second.outcome().server().port();
            try {
                HttpResponse<String> login = http.send(json(a + "/api/login/",
                        "{\"email\": \"admin@burrow.local\", \"password\": \"" + PASSWORD + "\"}"));
                String laptop = Http.cookie(login, "sessionid");
                String csrf = Http.cookie(login, "posthog_csrftoken");
                String phone = logIn(b, PASSWORD);
                String tablet = logIn(a, PASSWORD);

                // The phone's login, listed on B, ended through B, is refused by A at once.
                HttpResponse<String> listed = http.send(HttpRequest.newBuilder(URI.create(b
                        + "/api/users/@me/login_sessions/")).header("Cookie", "sessionid=" + phone));
                assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
                assertThat(Http.read(listed)).hasSize(3);
                String phoneId = Http.read(listed).get(0).get("id").asText();
                HttpResponse<String> ended = http.send(HttpRequest.newBuilder(URI.create(b
                                + "/api/users/@me/login_sessions/" + phoneId + "/"))
                        .header("Cookie", "sessionid=" + laptop + "; posthog_csrftoken=" + csrf)
                        .header("X-CSRFToken", csrf).DELETE());
                assertThat(ended.statusCode()).as(ended.body()).isEqualTo(204);
                assertThat(me(a, phone).statusCode()).isEqualTo(401);

                // Every other login, ended through A, is refused by B.
                HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(URI.create(a
                                + "/api/users/@me/login_sessions/revoke_others/"))
                        .header("Cookie", "sessionid=" + laptop + "; posthog_csrftoken=" + csrf)
                        .header("X-CSRFToken", csrf).POST(HttpRequest.BodyPublishers.noBody()));
                assertThat(revoked.body()).isEqualTo("{\"revoked_count\":1}");
                assertThat(me(b, tablet).statusCode()).isEqualTo(401);
                assertThat(me(b, laptop).statusCode()).isEqualTo(200);
            } finally {
                first.outcome().server().close();
                second.outcome().server().close();
            }
        }
    }

    private String logIn(String base, String password) {
        HttpResponse<String> login = http.send(json(base + "/api/login/",
                "{\"email\": \"admin@burrow.local\", \"password\": \"" + password + "\"}"));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return Http.cookie(login, "sessionid");
    }

    private HttpResponse<String> me(String base, String session) {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/users/@me/"))
                .header("Cookie", "sessionid=" + session));
    }

    private static HttpRequest.Builder json(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static Map<String, String> env(PostgresDatabase database) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("BURROW_HOST", "127.0.0.1");
        env.put("BURROW_ADMIN_PASSWORD", PASSWORD);
        env.put("SITE_URL", SITE);
        env.put("DATABASE_URL", database.databaseUrl());
        env.put("EMAIL_HOST", "127.0.0.1");
        env.put("EMAIL_PORT", Integer.toString(SMTP_PORT));
        env.put("EMAIL_USE_TLS", "false");
        env.put("EMAIL_DEFAULT_FROM", "burrow@burrow.test");
        return env;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
