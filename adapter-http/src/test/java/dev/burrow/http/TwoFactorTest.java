package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.twofactor.Totp;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class TwoFactorTest extends ApiTestCase {


    private ApiServer.Browser browser;

    @BeforeEach
    void start() {
        browser = logIn();
    }

    @Test
    void setup_hands_out_a_secret_and_validation_turns_2fa_on_and_ends_other_sessions() {
        ApiServer.Browser other = api.logIn("ada@example.com", PASSWORD);
        assertThat(status().get("is_enabled").asBoolean()).isFalse();

        TotpSecret secret = startSetup("/api/users/@me/two_factor_start_setup/");
        ApiServer.Response validated = validate("two_factor_validate", code(secret, 0));

        assertThat(validated.status()).isEqualTo(200);
        assertThat(validated.json()).isEqualTo(json("{\"success\": true}"));
        assertThat(me(browser).get("is_2fa_enabled").asBoolean()).isTrue();
        assertThat(api.request("GET", "/api/users/@me/").session(other).send().status()).isEqualTo(401);
        assertThat(status()).isEqualTo(json("""
                {"is_enabled": true, "backup_codes_remaining": 0, "method": "TOTP", "has_passkeys": false,
                 "has_totp": true, "passkeys_enabled_for_2fa": false}"""));
    }

    @Test
    void status_before_setup() {
        assertThat(status()).isEqualTo(json("""
                {"is_enabled": false, "backup_codes_remaining": 0, "method": null, "has_passkeys": false,
                 "has_totp": false, "passkeys_enabled_for_2fa": false}"""));
    }

    @Test
    void validation_errors_are_posthogs() {
        assertValidationError(validate("validate_2fa", "123456"), "setup_expired",
                "2FA setup session expired. Please start setup again.");

        TotpSecret secret = startSetup("/api/users/@me/start_2fa_setup/");
        assertValidationError(validate("validate_2fa", "abcdef"), "token_invalid", "Token is not valid");
        assertValidationError(validate("validate_2fa", code(secret, 5)), "token_invalid", "Token is not valid");

        api.advance(Duration.ofMinutes(10));
        assertValidationError(validate("validate_2fa", code(secret, 0)), "setup_expired",
                "2FA setup session expired. Please start setup again.");
    }

    @Test
    void setup_and_validation_act_on_the_caller_whatever_the_url_names() {
        User bob = api.data().user("bob@example.com");
        ApiServer.Response started = api.request("GET", "/api/users/" + bob.uuid() + "/start_2fa_setup/")
                .session(browser).send();
        assertThat(started.status()).isEqualTo(200);
        TotpSecret secret = TotpSecret.ofBase32(started.json().get("secret").asText());

        ApiServer.Response validated = api.request("POST", "/api/users/" + bob.uuid() + "/validate_2fa/")
                .session(browser).json("{\"token\": \"" + code(secret, 0) + "\"}").send();

        assertThat(validated.status()).isEqualTo(200);
        assertThat(api.persistence().totpDevices().of(ada.id())).isPresent();
        assertThat(api.persistence().totpDevices().of(bob.id())).isEmpty();
    }

    @Test
    void status_backup_codes_and_disable_follow_the_lookup_rules() {
        User bob = api.data().user("bob@example.com");
        for (String path : List.of("two_factor_status", "two_factor_backup_codes", "two_factor_disable")) {
            String method = path.equals("two_factor_status") ? "GET" : "POST";
            ApiServer.Response refused = api.request(method, "/api/users/" + bob.uuid() + "/" + path + "/")
                    .session(browser).send();
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.json().get("detail").asText())
                    .isEqualTo("As a non-staff user you're only allowed to access the `@me` user instance.");
        }
    }

    @Test
    void backup_codes_need_2fa_and_each_works_once_at_login() {
        ApiServer.Response refused = api.request("POST", "/api/users/@me/two_factor_backup_codes/")
                .session(browser).send();
        assertValidationError(refused, "2fa_not_enabled", "2FA must be enabled first");

        TotpSecret secret = enable();
        ApiServer.Response made = api.request("POST", "/api/users/@me/two_factor_backup_codes/")
                .session(browser).send();
        List<String> codes = new ArrayList<>();
        made.json().get("backup_codes").forEach(code -> codes.add(code.asText()));
        assertThat(codes).hasSize(10).allMatch(code -> code.matches("[a-z2-7]{8}"));
        assertThat(status().get("backup_codes_remaining").asInt()).isEqualTo(10);

        assertThat(completeLogIn(startLogIn(), "000000").json().get("code").asText()).isEqualTo("2fa_invalid");
        // The device is cooling down after the wrong code; backup codes are the way in regardless.
        ApiServer.Response first = completeLogIn(startLogIn(), codes.get(3).toUpperCase());
        assertThat(first.status()).isEqualTo(200);
        ApiServer.Response again = completeLogIn(startLogIn(), codes.get(3));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("code").asText()).isEqualTo("2fa_invalid");
        assertThat(status().get("backup_codes_remaining").asInt()).isEqualTo(9);
        api.advance(Duration.ofSeconds(2));
        assertThat(completeLogIn(startLogIn(), code(secret, 0)).status()).isEqualTo(200);
    }

    @Test
    void a_login_with_2fa_takes_a_code_that_works_once() {
        TotpSecret secret = enable();

        ApiServer.Response first = api.request("POST", "/api/login/")
                .json("{\"email\": \"ada@example.com\", \"password\": \"" + PASSWORD + "\"}").send();
        assertThat(first.status()).isEqualTo(401);
        assertThat(first.json()).isEqualTo(json("""
                {"type": "server_error", "code": "2fa_required", "detail": "2FA is required.", "attr": null}"""));
        String pending = first.cookie("sessionid");
        assertThat(first.setCookie("sessionid")).contains("Max-Age=600");
        assertThat(api.request("GET", "/api/users/@me/").cookie("sessionid", pending).send().status())
                .isEqualTo(401);

        api.advance(Duration.ofSeconds(30));
        String code = code(secret, 0);
        ApiServer.Response done = completeLogIn(pending, code);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json()).isEqualTo(json("{\"success\": true}"));
        assertThat(done.cookie("sessionid")).isNotEqualTo(pending);
        assertThat(api.request("GET", "/api/users/@me/").cookie("sessionid", done.cookie("sessionid")).send()
                .status()).isEqualTo(200);
        assertThat(api.request("GET", "/api/users/@me/").cookie("sessionid", pending).send().status())
                .isEqualTo(401);

        ApiServer.Response replay = completeLogIn(startLogIn(), code);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json()).isEqualTo(json("""
                {"type": "validation_error", "code": "2fa_invalid", "detail": "Invalid authentication code",
                 "attr": null}"""));
    }

    @Test
    void wrong_codes_slow_down_further_attempts() {
        enable();
        String pending = startLogIn();

        assertThat(completeLogIn(pending, "000000").json().get("code").asText()).isEqualTo("2fa_invalid");
        ApiServer.Response throttled = completeLogIn(pending, "000000");
        assertThat(throttled.json()).isEqualTo(json("""
                {"type": "validation_error", "code": "2fa_too_many_attempts", "detail": "Too many attempts.",
                 "attr": null}"""));
    }

    @Test
    void five_codes_a_minute_at_most_whatever_their_kind() {
        TotpSecret secret = enable();
        String pending = startLogIn();
        for (int i = 0; i < 5; i++) {
            assertThat(completeLogIn(pending, "wrong" + i).json().get("code").asText()).isEqualTo("2fa_invalid");
        }

        assertThat(completeLogIn(pending, code(secret, 0)).json().get("code").asText())
                .isEqualTo("2fa_too_many_attempts");
        api.advance(Duration.ofMinutes(1));
        assertThat(completeLogIn(pending, code(secret, 0)).status()).isEqualTo(200);
    }

    @Test
    void the_second_step_expires_after_ten_minutes() {
        TotpSecret secret = enable();
        String pending = startLogIn();

        api.advance(Duration.ofMinutes(10));
        ApiServer.Response expired = completeLogIn(pending, code(secret, 0));

        assertThat(expired.json()).isEqualTo(json("""
                {"type": "validation_error", "code": "2fa_expired",
                 "detail": "Login attempt has expired. Re-enter username/password.", "attr": null}"""));
        assertThat(completeLogIn(null, "123456").json().get("code").asText()).isEqualTo("2fa_expired");
    }

    @Test
    void disabling_turns_it_off() {
        enable();

        ApiServer.Response disabled = api.request("POST", "/api/users/@me/two_factor_disable/").session(browser).send();

        assertThat(disabled.json()).isEqualTo(json("{\"success\": true}"));
        assertThat(status().get("is_enabled").asBoolean()).isFalse();
        assertThat(api.logIn("ada@example.com", PASSWORD)).isNotNull();
    }

    @Test
    void staff_can_see_and_disable_someone_elses_2fa() {
        TotpSecret secret = enable();
        api.data().staff("root@example.com");
        User root = api.persistence().users().byEmail(dev.burrow.domain.user.EmailAddress.of("root@example.com"))
                .orElseThrow();
        api.persistence().users().update(root.withPassword(ApiServer.HASHER.hash(PASSWORD)));
        ApiServer.Browser staff = api.logIn("root@example.com", PASSWORD);

        assertThat(api.request("GET", "/api/users/" + ada.uuid() + "/two_factor_status/").session(staff).send()
                .json().get("is_enabled").asBoolean()).isTrue();
        assertThat(api.request("POST", "/api/users/" + ada.uuid() + "/two_factor_disable/").session(staff).send()
                .status()).isEqualTo(200);
        assertThat(api.persistence().totpDevices().of(ada.id())).isEmpty();
        assertThat(api.persistence().backupCodes().countOf(ada.id())).isZero();
        assertThat(secret.base32()).hasSize(32);
    }

    /** Backup codes would be a working second factor in staff hands, and would void the user's own. */
    @Test
    void staff_cannot_make_someone_elses_backup_codes() {
        enable();
        List<String> adas = backupCodes(browser);
        api.data().staff("root@example.com");
        User root = api.persistence().users().byEmail(dev.burrow.domain.user.EmailAddress.of("root@example.com"))
                .orElseThrow();
        api.persistence().users().update(root.withPassword(ApiServer.HASHER.hash(PASSWORD)));
        ApiServer.Browser staff = api.logIn("root@example.com", PASSWORD);

        ApiServer.Response refused = api.request("POST", "/api/users/" + ada.uuid() + "/two_factor_backup_codes/")
                .session(staff).send();

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).isEqualTo(json("""
                {"type": "authentication_error", "code": "permission_denied",
                 "detail": "Only the user themselves can create their backup codes.", "attr": null}"""));
        assertThat(status().get("backup_codes_remaining").asInt()).isEqualTo(10);
        assertThat(completeLogIn(startLogIn(), adas.get(0)).status()).isEqualTo(200);
    }

    @Test
    void keys_cannot_do_2fa_and_old_sessions_need_to_log_in_again() {
        String key = api.data().apiKey(ada, ApiScopes.ALL).value();
        ApiServer.Response withKey = api.get("/api/users/@me/two_factor_status/", key);
        assertThat(withKey.status()).isEqualTo(403);
        assertThat(withKey.json().get("detail").asText())
                .isEqualTo("This action does not support personal API key access");

        TotpSecret secret = startSetup("/api/users/@me/two_factor_start_setup/");
        api.advance(Duration.ofHours(2));
        ApiServer.Response stale = validate("two_factor_validate", code(secret, 0));
        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.json()).isEqualTo(json("""
                {"type": "authentication_error", "code": "sensitive_action_required_reauth",
                 "detail": "This action requires you to be recently authenticated.", "attr": null}"""));
    }

    @Test
    void the_pending_setup_is_offered_as_a_qr_code() {
        assertThat(api.request("GET", "/account/two_factor/qrcode/").session(browser).send().status())
                .isEqualTo(404);
        startSetup("/api/users/@me/two_factor_start_setup/");

        ApiServer.Response qr = api.request("GET", "/account/two_factor/qrcode/").session(browser).send();

        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(qr.body()).startsWith("<?xml").contains("<svg").contains("<path d=\"M");
        String key = api.data().apiKey(ada, ApiScopes.ALL).value();
        assertThat(api.get("/account/two_factor/qrcode/", key).status()).isEqualTo(401);
    }

    private TotpSecret enable() {
        TotpSecret secret = startSetup("/api/users/@me/two_factor_start_setup/");
        assertThat(validate("two_factor_validate", code(secret, 0)).status()).isEqualTo(200);
        api.advance(Duration.ofSeconds(31));
        return secret;
    }

    private TotpSecret startSetup(String path) {
        ApiServer.Response started = api.request("GET", path).session(browser).send();
        assertThat(started.status()).isEqualTo(200);
        assertThat(UserRetrieveTest.fieldNames(started.json())).containsExactly("success", "secret");
        assertThat(started.json().get("secret").asText()).matches("[A-Z2-7]{32}");
        return TotpSecret.ofBase32(started.json().get("secret").asText());
    }

    @Test
    void a_sent_current_password_counts_on_the_2fa_actions_and_the_github_start_then_429() {
        String body = "{\"current_password\": \"a guess\", \"token\": \"123456\"}";
        assertThat(post("validate_2fa", body).status()).isEqualTo(400);
        assertThat(post("two_factor_backup_codes", body).status()).isEqualTo(400);
        assertThat(post("two_factor_disable", body).status()).isEqualTo(200);
        assertThat(post("integrations/github/start", body).status()).isEqualTo(200);
        assertThat(post("two_factor_validate", body).status()).isEqualTo(400);

        for (String action : List.of("validate_2fa", "two_factor_validate", "two_factor_backup_codes",
                "two_factor_disable", "integrations/github/start")) {
            ApiServer.Response throttled = post(action, body);
            assertThat(throttled.status()).as(action).isEqualTo(429);
            assertThat(throttled.json()).isEqualTo(error("throttled_error", "throttled",
                    "Request was throttled. Expected available in 60 seconds.", null));
            assertThat(throttled.header("Retry-After")).isEqualTo("60");
        }
        assertThat(post("two_factor_disable", "{}").status()).isEqualTo(200);
        assertThat(post("integrations/github/start", "{}").status()).isEqualTo(200);
    }

    @Test
    void a_stale_session_is_sent_to_log_in_again_before_its_password_checks_are_counted() {
        api.advance(Duration.ofHours(2).plusSeconds(1));
        String body = "{\"current_password\": \"a guess\"}";
        for (int i = 0; i < 3; i++) {
            for (String action : List.of("validate_2fa", "two_factor_backup_codes", "two_factor_disable")) {
                ApiServer.Response refused = post(action, body);
                assertThat(refused.status()).as(action).isEqualTo(403);
                assertThat(refused.json().get("code").asText()).isEqualTo("sensitive_action_required_reauth");
            }
        }
        // The start of a GitHub link is not behind the gate: it counts, from the first of its five.
        for (int i = 0; i < 5; i++) {
            assertThat(post("integrations/github/start", body).status()).isEqualTo(200);
        }
        assertThat(post("integrations/github/start", body).status()).isEqualTo(429);
    }

    /**
     * PostHog checks the gate and the throttle before its handler, and the handler the pending setup before the
     * token: a token of the wrong type is reported last, whether a current_password was sent or not.
     */
    @Test
    void a_token_of_the_wrong_type_is_reported_after_the_gate_the_count_and_the_pending_setup() {
        String wrongType = "{\"token\": [\"123456\"], \"current_password\": \"a guess\"}";
        assertThat(post("two_factor_validate", wrongType).json().get("code").asText()).isEqualTo("setup_expired");
        startSetup("/api/users/@me/two_factor_start_setup/");
        ApiServer.Response typed = post("two_factor_validate", wrongType);
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.json()).isEqualTo(error("validation_error", "invalid_input", "Not a valid string.", "token"));

        api.advance(Duration.ofHours(2).plusSeconds(1));
        for (String body : List.of(wrongType, "{\"token\": {}}")) {
            ApiServer.Response stale = post("two_factor_validate", body);
            assertThat(stale.status()).as(body).isEqualTo(403);
            assertThat(stale.json().get("code").asText()).isEqualTo("sensitive_action_required_reauth");
        }
    }

    private ApiServer.Response post(String action, String body) {
        return api.request("POST", "/api/users/@me/" + action + "/").session(browser).json(body).send();
    }

    private ApiServer.Response validate(String action, String token) {
        return api.request("POST", "/api/users/@me/" + action + "/").session(browser)
                .json("{\"token\": \"" + token + "\"}").send();
    }

    private List<String> backupCodes(ApiServer.Browser who) {
        ApiServer.Response made = api.request("POST", "/api/users/@me/two_factor_backup_codes/").session(who).send();
        assertThat(made.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        made.json().get("backup_codes").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    private JsonNode status() {
        return api.request("GET", "/api/users/@me/two_factor_status/").session(browser).send().json();
    }

    private JsonNode me(ApiServer.Browser who) {
        return api.request("GET", "/api/users/@me/").session(who).send().json();
    }

    private String startLogIn() {
        ApiServer.Response response = api.request("POST", "/api/login/")
                .json("{\"email\": \"ada@example.com\", \"password\": \"" + PASSWORD + "\"}").send();
        assertThat(response.status()).isEqualTo(401);
        return response.cookie("sessionid");
    }

    private ApiServer.Response completeLogIn(String pending, String token) {
        ApiServer.Request request = api.request("POST", "/api/login/token/").json("{\"token\": \"" + token + "\"}");
        return (pending == null ? request : request.cookie("sessionid", pending)).send();
    }

    private String code(TotpSecret secret, int stepsFromNow) {
        return Totp.code(secret, Totp.step(api.now()) + stepsFromNow);
    }

    private static void assertValidationError(ApiServer.Response response, String code, String detail) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(json("""
                {"type": "validation_error", "code": "%s", "detail": "%s", "attr": null}""".formatted(code, detail)));
    }
}
