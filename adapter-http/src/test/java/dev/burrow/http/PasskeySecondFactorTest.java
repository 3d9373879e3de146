package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.ApiServer.json;
import static dev.burrow.http.Passkeys.RP_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** A passkey as the second factor after a password, with real ceremonies of a software authenticator. */
class PasskeySecondFactorTest extends ApiTestCase {

    private Passkeys passkeys;
    private ApiServer.Browser browser;
    private SoftwareAuthenticator authenticator;

    @BeforeEach
    void start() {
        passkeys = new Passkeys(api);
        browser = logIn();
        authenticator = Passkeys.authenticator();
    }

    private ApiServer.Response turnOn(Object value) {
        return api.request("PATCH", "/api/users/@me/").session(browser)
                .json("{\"passkeys_enabled_for_2fa\": " + value + "}").send();
    }

    private JsonNode status() {
        return api.request("GET", "/api/users/@me/two_factor_status/").session(browser).send().json();
    }

    /** A password login that stops at the second factor: the pending session's key. */
    private String pendingLogin() {
        ApiServer.Response response = api.request("POST", "/api/login/")
                .json("{\"email\": \"ada@example.com\", \"password\": \"" + PASSWORD + "\"}").send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(error("server_error", "2fa_required", "2FA is required.", null));
        return response.cookie("sessionid");
    }

    private ApiServer.Response methods(String pending) {
        return api.request("GET", "/api/login/2fa/passkey/methods/").cookie("sessionid", pending).send();
    }

    private ApiServer.Response begin(String pending) {
        return api.request("POST", "/api/login/2fa/passkey/begin/").cookie("sessionid", pending).send();
    }

    private ApiServer.Response token(String pending, String body) {
        return api.request("POST", "/api/login/token/").cookie("sessionid", pending).json(body).send();
    }

    /** The body the login page sends: the assertion's id and its response. */
    private static String passkeyBody(JsonNode options, SoftwareAuthenticator authenticator) {
        JsonNode assertion = json(Passkeys.asserted(options, authenticator, RP_ID));
        ObjectNode body = ((ObjectNode) json("{}")).put("credential_id", assertion.get("id").asText());
        body.set("response", assertion.get("response"));
        return body.toString();
    }

    private static void assertValidation(ApiServer.Response response, String code, String detail) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(error("validation_error", code, detail, null));
    }

    @Test
    void passkeys_are_turned_on_for_2fa_only_with_a_verified_one_and_that_ends_other_sessions() {
        String id = passkeys.register(browser, authenticator);
        ApiServer.Response refused = turnOn(true);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()).isEqualTo(error("validation_error", "no_passkeys",
                "You must have at least one passkey set up before enabling passkeys for 2FA.",
                "passkeys_enabled_for_2fa"));

        JsonNode options = passkeys.beginVerification(browser, id).json();
        passkeys.completeVerification(browser, id, Passkeys.asserted(options, authenticator, RP_ID));
        ApiServer.Browser other = logIn();
        assertThat(status()).isEqualTo(json("""
                {"is_enabled": false, "backup_codes_remaining": 0, "method": null, "has_passkeys": true,
                 "has_totp": false, "passkeys_enabled_for_2fa": false}"""));

        ApiServer.Response on = turnOn(true);

        assertThat(on.status()).isEqualTo(200);
        assertThat(on.json().get("passkeys_enabled_for_2fa").asBoolean()).isTrue();
        assertThat(on.json().get("is_2fa_enabled").asBoolean()).isTrue();
        assertThat(api.request("GET", "/api/users/@me/").session(other).send().status()).isEqualTo(401);
        assertThat(status()).isEqualTo(json("""
                {"is_enabled": true, "backup_codes_remaining": 0, "method": "passkey", "has_passkeys": true,
                 "has_totp": false, "passkeys_enabled_for_2fa": true}"""));

        ApiServer.Browser third = logInWithPasskey();
        assertThat(turnOn(false).status()).isEqualTo(200);
        assertThat(api.request("GET", "/api/users/@me/").session(third).send().status()).isEqualTo(200);
    }

    /** Signs in with the passkey alone (no second factor asked: the passkey is one). */
    private ApiServer.Browser logInWithPasskey() {
        ApiServer.Response begun = api.request("POST", "/api/webauthn/login/begin/").send();
        ApiServer.Response done = api.request("POST", "/api/webauthn/login/complete/")
                .cookie("burrow_passkey_login", begun.cookie("burrow_passkey_login"))
                .json(Passkeys.asserted(begun.json(), authenticator, RP_ID)).send();
        assertThat(done.status()).isEqualTo(200);
        return new ApiServer.Browser(done.cookie("sessionid"), done.cookie("posthog_csrftoken"));
    }

    @Test
    void a_password_login_is_completed_with_the_passkey() {
        passkeys.registerAndVerify(browser, authenticator);
        assertThat(turnOn(true).status()).isEqualTo(200);
        String pending = pendingLogin();

        ApiServer.Response methods = methods(pending);
        assertThat(methods.status()).isEqualTo(200);
        assertThat(methods.body()).isEqualTo("{\"has_totp\":false,\"has_passkeys\":true}");
        ApiServer.Response begun = begin(pending);
        assertThat(begun.status()).isEqualTo(200);
        assertThat(begun.json().get("allowCredentials")).hasSize(1);
        assertThat(begun.json().get("rpId").asText()).isEqualTo(RP_ID);

        ApiServer.Response done = token(pending, passkeyBody(begun.json(), authenticator));

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).isEqualTo("{\"success\":true}");
        ApiServer.Browser loggedIn = new ApiServer.Browser(done.cookie("sessionid"), done.cookie("posthog_csrftoken"));
        assertThat(api.request("GET", "/api/users/@me/").session(loggedIn).send().status()).isEqualTo(200);
    }

    @Test
    void the_token_step_refuses_with_posthogs_codes() {
        passkeys.registerAndVerify(browser, authenticator);
        assertThat(turnOn(true).status()).isEqualTo(200);
        api.data().user("bob@example.com", PASSWORD, ApiServer.HASHER);
        SoftwareAuthenticator bobs = Passkeys.authenticator();
        passkeys.registerAndVerify(api.logIn("bob@example.com", PASSWORD), bobs);
        String pending = pendingLogin();

        assertValidation(token(pending, "{}"), "2fa_missing_credentials",
                "Either token or passkey credentials required.");
        JsonNode options = begin(pending).json();
        String answer = passkeyBody(options, authenticator);
        assertValidation(token(pending, "{\"credential_id\": \"AQ\", \"response\": {\"signature\": \"AQ\"}}"),
                "2fa_invalid_passkey", "Invalid passkey.");
        // The challenge went with the failed attempt.
        assertValidation(token(pending, answer), "2fa_no_challenge", "No 2FA challenge found. Please start 2FA again.");

        options = begin(pending).json();
        String foreign = passkeyBody(json("{\"challenge\": \"" + options.get("challenge").asText()
                + "\", \"allowCredentials\": []}"), bobs);
        assertValidation(token(pending, foreign), "2fa_invalid_passkey", "Invalid passkey.");

        options = begin(pending).json();
        assertThat(token(pending, passkeyBody(options, authenticator)).status()).isEqualTo(200);

        // A copy of the authenticator signs with a counter burrow has already seen.
        String again = pendingLogin();
        options = begin(again).json();
        authenticator.counting(false);
        assertValidation(token(again, passkeyBody(options, authenticator)), "2fa_passkey_failed",
                "Passkey verification failed. Please try again.");
    }

    @Test
    void without_a_pending_login_there_is_nothing_to_ask() {
        for (ApiServer.Response response : new ApiServer.Response[]{methods(null), begin(null),
                methods(browser.sessionKey()), begin(browser.sessionKey())}) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json()).isEqualTo(Passkeys.error("No pending 2FA session. Please log in first."));
        }
    }

    @Test
    void passkeys_not_turned_on_are_no_second_factor() {
        passkeys.registerAndVerify(browser, authenticator);
        api.persistence().totpDevices().save(TotpDevice.confirmed(ada.id(), TotpSecret.generate(new SecureRandom()),
                1, api.now()));
        String pending = pendingLogin();

        assertThat(methods(pending).body()).isEqualTo("{\"has_totp\":true,\"has_passkeys\":false}");
        ApiServer.Response begun = begin(pending);
        assertThat(begun.status()).isEqualTo(400);
        assertThat(begun.json()).isEqualTo(
                Passkeys.error("Passkeys are not enabled for 2FA. Please enable them in your settings."));
    }

    @Test
    void a_deleted_last_passkey_no_longer_asks_for_a_second_factor() {
        String id = passkeys.registerAndVerify(browser, authenticator);
        assertThat(turnOn(true).status()).isEqualTo(200);
        api.request("DELETE", "/api/webauthn/credentials/" + id + "/").session(browser).send();

        assertThat(api.request("POST", "/api/login/")
                .json("{\"email\": \"ada@example.com\", \"password\": \"" + PASSWORD + "\"}").send().status())
                .isEqualTo(200);
        assertThat(status().get("passkeys_enabled_for_2fa").asBoolean()).isFalse();
    }
}
