package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.mail.Mailer;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.UserUpdateTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** Password and email changes, the password-check throttle, and deleting the account. */
class AccountChangesTest extends ApiTestCase {

    private static final String NEW_PASSWORD = "tangerine submarine orchestra";

    private ApiServer.Browser browser;

    @BeforeEach
    void start() {
        browser = logIn();
    }

    @Test
    void a_password_change_needs_the_current_password_and_ends_the_other_sessions() {
        ApiServer.Browser other = api.logIn("ada@example.com", PASSWORD);

        assertInvalid(patch("{\"password\": \"" + NEW_PASSWORD + "\"}"), "required",
                "This field is required when updating your password.", "current_password");
        assertInvalid(patch("{\"password\": \"" + NEW_PASSWORD + "\", \"current_password\": \"\"}"), "blank",
                "This field may not be blank.", "current_password");
        assertInvalid(patch("{\"current_password\": \"  \"}"), "blank", "This field may not be blank.",
                "current_password");
        assertInvalid(patch("{\"password\": \"" + NEW_PASSWORD + "\", \"current_password\": \"nope\"}"),
                "incorrect_password", "Your current password is incorrect.", "current_password");
        assertInvalid(patch("{\"password\": \"\", \"current_password\": \"" + PASSWORD + "\"}"), "blank",
                "This field may not be blank.", "password");

        ApiServer.Response changed = patch("{\"password\": \"" + NEW_PASSWORD + "\", \"current_password\": \""
                + PASSWORD + "\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().toString()).doesNotContain(NEW_PASSWORD).doesNotContain("current_password");
        assertThat(api.request("GET", "/api/users/@me/").session(browser).send().status()).isEqualTo(200);
        assertThat(api.request("GET", "/api/users/@me/").session(other).send().status()).isEqualTo(401);
        assertThat(api.logIn("ada@example.com", NEW_PASSWORD)).isNotNull();
        assertThat(api.mailer().lastTo("ada@example.com").subject()).isEqualTo("Your password was changed");
    }

    @Test
    void new_passwords_must_be_long_and_strong() {
        assertInvalid(patch("{\"password\": \"short\", \"current_password\": \"" + PASSWORD + "\"}"),
                "invalid_input", "This password is too short. It must contain at least 8 characters.", "password");
        String fourHedgehogs = "\uD83E\uDD94".repeat(4);
        assertInvalid(patch("{\"password\": \"" + fourHedgehogs + "\", \"current_password\": \"" + PASSWORD + "\"}"),
                "invalid_input",
                "This password is too short. It must contain at least 8 characters.", "password");
        assertInvalid(patch("{\"password\": \"password1\", \"current_password\": \"" + PASSWORD + "\"}"),
                "invalid_input", "Add another word or two. Uncommon words are better.", "password");
        assertInvalid(patch("{\"password\": \"" + "x".repeat(129) + "\", \"current_password\": \"" + PASSWORD
                + "\"}"), "max_length", "Ensure this field has no more than 128 characters.", "password");
    }

    @Test
    void a_user_without_a_password_may_set_one_without_the_current_one() {
        User sso = api.data().user("sso@example.com");
        api.persistence().users().update(sso.withPassword(new dev.burrow.domain.user.PasswordHash("!unusable")));
        var session = dev.burrow.domain.session.Session.open(sso.id(), api.now(), new java.security.SecureRandom());
        api.persistence().sessions().add(session.session());
        ApiServer.Browser ssoBrowser = new ApiServer.Browser(session.key(),
                session.session().csrfSecret().value());

        ApiServer.Response set = api.request("PATCH", "/api/users/@me/").session(ssoBrowser)
                .json("{\"password\": \"" + NEW_PASSWORD + "\"}").send();

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("has_password").asBoolean()).isTrue();
    }

    @Test
    void keys_and_tokens_can_change_neither_email_nor_password() {
        String key = api.data().apiKey(ada, ApiScopes.ALL).value();

        for (String body : new String[] {"{\"email\": \"new@example.com\"}", "{\"email\": 5}",
                "{\"password\": \"x\", \"first_name\": \"y\"}"}) {
            ApiServer.Response refused = api.request("PATCH", "/api/users/@me/").bearer(key).json(body).send();
            assertThat(refused.status()).as(body).isEqualTo(403);
            assertThat(refused.json()).isEqualTo(error("authentication_error", "permission_denied",
                    "You can only change your email or password from the PostHog app, not with an API key or "
                            + "token.", null));
        }
        assertThat(api.request("PATCH", "/api/users/@me/").bearer(key).json("{\"email\": \"ADA@example.com\"}")
                .send().status()).isEqualTo(200);
    }

    @Test
    void without_mail_the_address_changes_at_once_lower_cased_and_only_when_free() {
        api.data().user("taken@example.com");

        assertInvalid(patch("{\"email\": \"Taken@Example.com\"}"), "unique",
                "There is already an account with this email address.", "email");
        assertInvalid(patch("{\"email\": \"not an address\"}"), "invalid_input", "Enter a valid email address.",
                "email");

        JsonNode changed = patch("{\"email\": \" New@Example.COM \"}").json();
        assertThat(changed.get("email").asText()).isEqualTo("new@example.com");
        assertThat(changed.get("pending_email").isNull()).isTrue();

        JsonNode caseOnly = patch("{\"email\": \"NEW@example.com\"}").json();
        assertThat(caseOnly.get("email").asText()).isEqualTo("new@example.com");
    }

    @Test
    void changing_the_address_needs_a_login_from_the_last_five_minutes() {
        api.advance(Duration.ofMinutes(5));

        ApiServer.Response refused = patch("{\"email\": \"new@example.com\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).isEqualTo(error("authentication_error", "sensitive_action_required_reauth",
                "Confirm it's you before changing your email.", null));
        assertThat(patch("{\"email\": \"ADA@EXAMPLE.COM\", \"first_name\": \"Ada\"}").status()).isEqualTo(200);
    }

    @Test
    void with_mail_the_new_address_waits_for_the_mailed_code() {
        api.mailer().delivers(true);

        JsonNode pending = patch("{\"email\": \"new@example.com\"}").json();

        assertThat(pending.get("email").asText()).isEqualTo("ada@example.com");
        assertThat(pending.get("pending_email").asText()).isEqualTo("new@example.com");
        Mailer.Email mail = api.mailer().lastTo("new@example.com");
        Matcher code = Pattern.compile("\\d{6}").matcher(mail.body());
        assertThat(code.find()).isTrue();

        ApiServer.Response wrong = verify(ada.uuid().toString(), "000000".equals(code.group()) ? "111111" : "000000");
        assertInvalid(wrong, "invalid_code", "This verification code is invalid or has expired.", "code");

        ApiServer.Response verified = verify(ada.uuid().toString(), code.group());
        assertThat(verified.status()).isEqualTo(200);
        User moved = api.persistence().users().byId(ada.id()).orElseThrow();
        assertThat(moved.email()).isEqualTo(EmailAddress.of("new@example.com"));
        assertThat(moved.pendingEmail()).isNull();
        assertThat(moved.emailVerified()).isTrue();
        assertThat(api.mailer().lastTo("ada@example.com").subject()).isEqualTo("Your email address was changed");
        assertInvalid(verify(ada.uuid().toString(), code.group()), "invalid_code",
                "This verification code is invalid or has expired.", "code");
    }

    @Test
    void a_code_allows_five_tries_and_a_pending_change_can_be_cancelled() {
        api.mailer().delivers(true);
        patch("{\"email\": \"new@example.com\"}");
        String code = codeIn(api.mailer().lastTo("new@example.com"));
        String wrong = code.equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 5; i++) {
            assertThat(verify(ada.uuid().toString(), wrong).status()).isEqualTo(400);
        }
        assertThat(verify(ada.uuid().toString(), code).status()).isEqualTo(400);

        JsonNode cancelled = api.request("PATCH", "/api/users/cancel_email_change_request/").session(browser)
                .json("{}").send().json();
        assertThat(cancelled.get("pending_email").isNull()).isTrue();
        assertInvalid(api.request("PATCH", "/api/users/cancel_email_change_request").session(browser).json("{}")
                .send(), "email_change_request_not_found", "No active email change requests found.", null);
    }

    @Test
    void the_address_taken_while_the_code_travelled_is_refused() {
        api.mailer().delivers(true);
        patch("{\"email\": \"new@example.com\"}");
        String code = codeIn(api.mailer().lastTo("new@example.com"));
        api.data().user("NEW@example.com");

        assertInvalid(verify(ada.uuid().toString(), code), "email_taken",
                "Another account now uses this email address. Start the change again with a different address.",
                null);
    }

    @Test
    void five_password_checks_a_minute_then_429_even_for_a_bad_request() {
        for (int i = 0; i < 5; i++) {
            assertThat(patch("{\"current_password\": \"x\", \"password\": \"\"}").status()).isEqualTo(400);
        }

        ApiServer.Response throttled = patch("{\"current_password\": \"x\", \"password\": \"\"}");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json()).isEqualTo(error("throttled_error", "throttled",
                "Request was throttled. Expected available in 60 seconds.", null));
        assertThat(throttled.header("Retry-After")).isEqualTo("60");
        assertThat(patch("{\"first_name\": \"Ada\"}").status()).isEqualTo(200);
        api.advance(Duration.ofSeconds(59));
        assertThat(patch("{\"current_password\": \"x\"}").json().get("detail").asText())
                .isEqualTo("Request was throttled. Expected available in 1 second.");
        api.advance(Duration.ofSeconds(1));
        assertThat(patch("{\"current_password\": \"x\"}").status()).isEqualTo(200);
    }

    @Test
    void deleting_the_account_needs_a_session_and_no_membership() {
        String key = api.data().apiKey(ada, ApiScopes.ALL).value();
        var organization = api.data().organization("Acme");
        api.data().member(organization, ada, MembershipLevel.OWNER);

        ApiServer.Response withKey = api.request("DELETE", "/api/users/@me/").bearer(key).send();
        assertThat(withKey.status()).isEqualTo(401);

        ApiServer.Response member = api.request("DELETE", "/api/users/@me/").session(browser).send();
        assertThat(member.status()).isEqualTo(409);
        assertThat(member.json()).isEqualTo(error("server_error", "conflict",
                "Cannot delete user with organization memberships.", null));

        User bob = api.data().user("bob@example.com", PASSWORD, ApiServer.HASHER);
        ApiServer.Browser bobs = api.logIn("bob@example.com", PASSWORD);
        String bobsKey = api.data().apiKey(bob, ApiScopes.ALL).value();
        ApiServer.Response foreign = api.request("DELETE", "/api/users/" + ada.uuid() + "/").session(bobs).send();
        assertThat(foreign.status()).isEqualTo(403);

        api.request("POST", "/api/users/@me/signal_autonomy/").bearer(bobsKey).json("{}").send();
        api.request("PATCH", "/api/users/@me/hedgehog_config/").bearer(bobsKey).json("{\"a\": 1}").send();
        assertThat(api.persistence().signalAutonomy().of(bob.id())).isPresent();

        ApiServer.Response deleted = api.request("DELETE", "/api/users/@me").session(bobs).send();
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api.persistence().users().byId(bob.id())).isEmpty();
        assertThat(api.persistence().apiKeys().ofUser(bob.id())).isEmpty();
        assertThat(api.persistence().signalAutonomy().of(bob.id())).isEmpty();
        assertThat(api.persistence().totpDevices().of(bob.id())).isEmpty();
        assertThat(api.get("/api/users/@me/", bobsKey).status()).isEqualTo(401);
        assertThat(api.request("GET", "/api/users/@me/").session(bobs).send().status()).isEqualTo(401);
    }

    @Test
    void staff_may_delete_others_but_not_from_an_old_session() {
        User victim = api.data().user("victim@example.com");
        User root = api.data().user("root@example.com", PASSWORD, ApiServer.HASHER);
        api.persistence().users().update(root.withStaff(true));
        ApiServer.Browser staff = api.logIn("root@example.com", PASSWORD);

        assertThat(api.request("DELETE", "/api/users/00000000-0000-0000-0000-000000000000/").session(staff).send()
                .status()).isEqualTo(404);
        api.advance(Duration.ofHours(2));
        assertThat(api.request("DELETE", "/api/users/" + victim.uuid() + "/").session(staff).send().status())
                .isEqualTo(403);
        ApiServer.Browser fresh = api.logIn("root@example.com", PASSWORD);
        assertThat(api.request("DELETE", "/api/users/" + victim.uuid() + "/").session(fresh).send().status())
                .isEqualTo(204);
    }

    private ApiServer.Response patch(String body) {
        return api.request("PATCH", "/api/users/@me/").session(browser).json(body).send();
    }

    private ApiServer.Response verify(String uuid, String code) {
        return api.request("POST", "/api/users/verify_email/")
                .json("{\"uuid\": \"" + uuid + "\", \"code\": \"" + code + "\"}").send();
    }

    private static String codeIn(Mailer.Email mail) {
        Matcher code = Pattern.compile("\\d{6}").matcher(mail.body());
        assertThat(code.find()).isTrue();
        return code.group();
    }
}
