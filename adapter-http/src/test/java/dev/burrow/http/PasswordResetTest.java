package dev.burrow.http;

import dev.burrow.application.mail.Mailer;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.burrow.http.ApiServer.error;
import static org.assertj.core.api.Assertions.assertThat;

/** PostHog's password reset: {@code /api/reset/}, the mailed link, and setting a new password with it. */
class PasswordResetTest extends ApiTestCase {

    static final String NEW_PASSWORD = "a brand new hedgehog passphrase";
    private static final Pattern LINK = Pattern.compile(
            "https://burrow\\.example\\.com/reset/([0-9a-f-]{36})/([0-9a-z]{1,13}-[0-9a-f]{32})");

    @BeforeEach
    void mailIsDelivered() {
        api.mailer().delivers(true);
    }

    @Test
    void a_known_and_an_unknown_address_get_the_same_204_and_only_the_known_one_a_mail() {
        ApiServer.Response unknown = request("nobody@example.com");
        ApiServer.Response known = request("ADA@example.com");

        for (ApiServer.Response response : new ApiServer.Response[]{unknown, known}) {
            assertThat(response.status()).isEqualTo(204);
            assertThat(response.body()).isEmpty();
        }
        Mailer.Email mail = api.mailer().awaitTo("ada@example.com", 0, Duration.ofSeconds(10));
        assertThat(mail.subject()).isEqualTo("Reset your password");
        Matcher link = LINK.matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();
        assertThat(link.group(1)).isEqualTo(ada.uuid().toString());
        // Mails leave in order on one thread: the unknown address, asked first, got none.
        assertThat(api.mailer().sent()).extracting(Mailer.Email::to).containsExactly("ada@example.com");
    }

    @Test
    void an_inactive_user_gets_no_mail() {
        User gone = api.data().deactivate(api.data().user("gone@example.com", PASSWORD, ApiServer.HASHER));

        assertThat(request(gone.email().value()).status()).isEqualTo(204);
        assertThat(request("ada@example.com").status()).isEqualTo(204);
        api.mailer().awaitTo("ada@example.com", 0, Duration.ofSeconds(10));
        assertThat(api.mailer().sent()).extracting(Mailer.Email::to).containsExactly("ada@example.com");
    }

    @Test
    void without_a_mail_server_a_reset_cannot_be_asked_for() {
        api.mailer().delivers(false);

        for (String address : new String[]{"ada@example.com", "nobody@example.com"}) {
            ApiServer.Response response = request(address);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json()).isEqualTo(error("validation_error", "email_not_available",
                    "Cannot reset passwords because email is not configured for your instance. Please contact your "
                            + "administrator.", null));
        }
    }

    @Test
    void the_address_is_checked_as_an_email_field() {
        ApiServer.Response missing = api.request("POST", "/api/reset/").json("{}").send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json()).isEqualTo(error("validation_error", "required", "This field is required.",
                "email"));
        ApiServer.Response bad = request("not an address");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json()).isEqualTo(error("validation_error", "invalid_input", "Enter a valid email address.",
                "email"));
    }

    @Test
    void six_requests_a_day_per_address_known_or_not_then_429_with_retry_after() {
        for (String address : new String[]{"ada@example.com", "nobody@example.com"}) {
            for (int i = 0; i < 6; i++) {
                assertThat(request(i % 2 == 0 ? address : address.toUpperCase()).status()).isEqualTo(204);
            }
            ApiServer.Response seventh = request(address);
            assertThat(seventh.status()).isEqualTo(429);
            assertThat(seventh.json()).isEqualTo(error("throttled_error", "throttled",
                    "Request was throttled. Expected available in 86400 seconds.", null));
            assertThat(seventh.header("Retry-After")).isEqualTo("86400");
        }
        assertThat(request("bob@example.com").status()).isEqualTo(204);

        api.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(request("ada@example.com").status()).isEqualTo(204);
    }

    @Test
    void the_link_is_checked_without_being_used() {
        String token = tokenFor("ada@example.com", 0);

        ApiServer.Response good = check(ada.uuid().toString(), token);
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.body()).isEmpty();
        assertThat(check(ada.uuid().toString(), token).status()).isEqualTo(200);

        assertInvalidToken(check(ada.uuid().toString(), token.substring(0, token.length() - 1) + "0"));
        assertInvalidToken(check(ada.uuid().toString(), "garbage"));
        assertInvalidToken(check("confirm", token));
        assertInvalidToken(check(api.data().user("bob@example.com").uuid().toString(), token));
        ApiServer.Response missing = api.request("GET", "/api/reset/" + ada.uuid() + "/").send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json()).isEqualTo(error("validation_error", "required", "This field is required.",
                "token"));
    }

    @Test
    void a_reset_sets_the_password_verifies_the_address_and_ends_every_session_but_keeps_2fa_off_or_on() {
        ApiServer.Browser laptop = logIn();
        ApiServer.Browser phone = logIn();
        String token = tokenFor("ada@example.com", 0);

        ApiServer.Response done = complete(ada.uuid().toString(), token, NEW_PASSWORD, laptop);

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).isEqualTo("{\"success\":true,\"email\":\"ada@example.com\"}");
        assertThat(done.setCookie("sessionid")).isNull();
        for (ApiServer.Browser browser : new ApiServer.Browser[]{laptop, phone}) {
            assertThat(api.request("GET", "/api/users/@me/").session(browser).send().status()).isEqualTo(401);
        }
        assertThat(api.persistence().users().byId(ada.id()).orElseThrow().emailVerified()).isTrue();
        assertThat(api.request("POST", "/api/login/").json("{\"email\": \"ada@example.com\", \"password\": \""
                + PASSWORD + "\"}").send().status()).isEqualTo(400);
        assertThat(api.logIn("ada@example.com", NEW_PASSWORD).sessionKey()).isNotEmpty();

        // The link worked once: the new password voids it.
        assertInvalidToken(complete(ada.uuid().toString(), token, "yet another fine passphrase", null));
        assertInvalidToken(check(ada.uuid().toString(), token));
    }

    @Test
    void second_factors_are_untouched() {
        api.persistence().totpDevices().save(TotpDevice.confirmed(ada.id(), TotpSecret.generate(new SecureRandom()),
                0, api.now()));

        assertThat(complete(ada.uuid().toString(), tokenFor("ada@example.com", 0), NEW_PASSWORD, null).status())
                .isEqualTo(200);

        ApiServer.Response login = api.request("POST", "/api/login/").json("{\"email\": \"ada@example.com\", "
                + "\"password\": \"" + NEW_PASSWORD + "\"}").send();
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.json().get("code").asText()).isEqualTo("2fa_required");
    }

    @Test
    void the_new_password_follows_the_rules_of_a_password_change_and_a_refusal_keeps_the_link() {
        String token = tokenFor("ada@example.com", 0);

        ApiServer.Response weak = complete(ada.uuid().toString(), token, "short", null);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json()).isEqualTo(error("validation_error", "invalid_input",
                "This password is too short. It must contain at least 8 characters.", "password"));
        ApiServer.Response missing = api.request("POST", "/api/reset/" + ada.uuid() + "/")
                .json("{\"token\": \"" + token + "\"}").send();
        assertThat(missing.json()).isEqualTo(error("validation_error", "required", "This field is required.",
                "password"));
        ApiServer.Response noToken = api.request("POST", "/api/reset/" + ada.uuid() + "/")
                .json("{\"password\": \"" + NEW_PASSWORD + "\"}").send();
        assertThat(noToken.json()).isEqualTo(error("validation_error", "required", "This field is required.",
                "token"));

        assertThat(complete(ada.uuid().toString(), token, NEW_PASSWORD, null).status()).isEqualTo(200);
    }

    @Test
    void a_link_lasts_24_hours() {
        String token = tokenFor("ada@example.com", 0);

        api.advance(Duration.ofHours(24));
        assertThat(check(ada.uuid().toString(), token).status()).isEqualTo(200);
        api.advance(Duration.ofSeconds(2));
        assertInvalidToken(check(ada.uuid().toString(), token));
    }

    @Test
    void a_newer_request_or_a_new_address_voids_a_link() {
        String first = tokenFor("ada@example.com", 0);
        api.advance(Duration.ofSeconds(1));
        String second = tokenFor("ada@example.com", 1);

        assertInvalidToken(check(ada.uuid().toString(), first));
        assertThat(check(ada.uuid().toString(), second).status()).isEqualTo(200);

        User current = api.persistence().users().byId(ada.id()).orElseThrow();
        api.persistence().users().update(current.withEmail(
                new dev.burrow.domain.user.EmailAddress("ada@elsewhere.example"), true));
        assertInvalidToken(check(ada.uuid().toString(), second));
    }

    private ApiServer.Response request(String email) {
        return api.request("POST", "/api/reset/").json("{\"email\": \"" + email + "\"}").send();
    }

    private ApiServer.Response check(String uuid, String token) {
        return api.request("GET", "/api/reset/" + uuid + "/?token=" + token).send();
    }

    private ApiServer.Response complete(String uuid, String token, String password, ApiServer.Browser browser) {
        ApiServer.Request request = api.request("POST", "/api/reset/" + uuid + "/")
                .json("{\"token\": \"" + token + "\", \"password\": \"" + password + "\"}");
        return (browser == null ? request : request.session(browser)).send();
    }

    /** Asks for a link for {@code email} and reads the token out of the {@code already}+1-th mail it gets. */
    private String tokenFor(String email, int already) {
        assertThat(request(email).status()).isEqualTo(204);
        Matcher link = LINK.matcher(api.mailer().awaitTo(email, already, Duration.ofSeconds(10)).body());
        assertThat(link.find()).isTrue();
        return link.group(2);
    }

    private static void assertInvalidToken(ApiServer.Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(error("validation_error", "invalid_token",
                "This reset token is invalid or has expired.", "token"));
    }
}
