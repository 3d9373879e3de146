package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.mail.Mailer;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.user.User;
import dev.burrow.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Duration;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.ApiServer.json;
import static dev.burrow.http.Passkeys.RP_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Registering, proving and managing passkeys, with real ceremonies of a software authenticator. */
class PasskeyTest extends ApiTestCase {

    private Passkeys passkeys;
    private ApiServer.Browser browser;
    private SoftwareAuthenticator authenticator;

    @BeforeEach
    void start() {
        passkeys = new Passkeys(api);
        browser = logIn();
        authenticator = Passkeys.authenticator();
    }

    private static String handleOf(User user) {
        return WebauthnCredential.encode(ByteBuffer.allocate(16).putLong(user.uuid().getMostSignificantBits())
                .putLong(user.uuid().getLeastSignificantBits()).array());
    }

    private JsonNode list() {
        return api.request("GET", "/api/webauthn/credentials/").session(browser).send().json();
    }

    @Test
    void registration_begins_with_posthogs_options() {
        ApiServer.Response begun = passkeys.beginRegistration(browser);

        assertThat(begun.status()).isEqualTo(200);
        JsonNode options = begun.json();
        assertThat(options.get("challenge").asText()).matches("[A-Za-z0-9_-]{86}");
        assertThat(begun.body()).isEqualTo("{\"rp\":{\"name\":\"PostHog\",\"id\":\"burrow.example.com\"},"
                + "\"user\":{\"id\":\"" + handleOf(ada) + "\",\"name\":\"ada@example.com\",\"displayName\":\"First Last\"},"
                + "\"challenge\":\"" + options.get("challenge").asText() + "\","
                + "\"pubKeyCredParams\":[{\"type\":\"public-key\",\"alg\":-36},{\"type\":\"public-key\",\"alg\":-7},"
                + "{\"type\":\"public-key\",\"alg\":-8}],\"timeout\":60000,\"excludeCredentials\":[],"
                + "\"authenticatorSelection\":{\"residentKey\":\"required\",\"requireResidentKey\":true,"
                + "\"userVerification\":\"required\"},\"attestation\":\"none\"}");
        assertThat(handleOf(ada)).hasSize(22);
    }

    @Test
    void a_passkey_is_registered_unverified_then_proved_and_verified_ones_are_excluded() {
        ApiServer.Browser other = api.logIn("ada@example.com", PASSWORD);
        JsonNode options = passkeys.beginRegistration(browser).json();
        ApiServer.Response stored = passkeys.completeRegistration(browser,
                Passkeys.created(options, authenticator, RP_ID, "MacBook Touch ID"));

        assertThat(stored.status()).isEqualTo(200);
        String id = stored.json().get("credential_id").asText();
        assertThat(stored.body()).isEqualTo("{\"success\":true,\"credential_id\":\"" + id + "\",\"message\":"
                + "\"Credential stored. Please verify your passkey to complete registration.\"}");
        JsonNode listed = list();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("verified").asBoolean()).isFalse();
        assertThat(listed.get(0).get("label").asText()).isEqualTo("MacBook Touch ID");
        assertThat(listed.get(0).get("transports")).isEqualTo(json("[\"internal\", \"hybrid\"]"));
        assertThat(listed.get(0).get("authenticator_type").asText()).isEqualTo("hybrid");
        assertThat(passkeys.beginRegistration(browser).json().get("excludeCredentials")).isEmpty();

        ApiServer.Response verifyOptions = passkeys.beginVerification(browser, id);
        assertThat(verifyOptions.status()).isEqualTo(200);
        JsonNode request = verifyOptions.json();
        assertThat(request.get("rpId").asText()).isEqualTo(RP_ID);
        assertThat(request.get("timeout").asInt()).isEqualTo(60000);
        assertThat(request.get("userVerification").asText()).isEqualTo("required");
        assertThat(request.get("allowCredentials")).hasSize(1);
        String credentialId = request.get("allowCredentials").get(0).get("id").asText();
        ApiServer.Response verified = passkeys.completeVerification(browser, id,
                Passkeys.asserted(request, authenticator, RP_ID));

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("id").asText()).isEqualTo(id);
        assertThat(verified.json().get("verified").asBoolean()).isTrue();
        assertThat(list().get(0).get("verified").asBoolean()).isTrue();
        assertThat(passkeys.beginRegistration(browser).json().get("excludeCredentials")).isEqualTo(json(
                "[{\"id\": \"" + credentialId + "\", \"type\": \"public-key\", \"transports\": [\"internal\", \"hybrid\"]}]"));
        // The first verified passkey ends the other sessions, not this one; the user is told.
        assertThat(api.request("GET", "/api/users/@me/").session(other).send().status()).isEqualTo(401);
        assertThat(api.request("GET", "/api/users/@me/").session(browser).send().status()).isEqualTo(200);
        Mailer.Email added = api.mailer().lastTo("ada@example.com");
        assertThat(added.subject()).isEqualTo("A passkey was added to your account");
    }

    @Test
    void a_second_verified_passkey_leaves_other_sessions_alone() {
        passkeys.registerAndVerify(browser, authenticator);
        ApiServer.Browser other = api.logIn("ada@example.com", PASSWORD);

        passkeys.registerAndVerify(browser, Passkeys.authenticator());

        assertThat(api.request("GET", "/api/users/@me/").session(other).send().status()).isEqualTo(200);
    }

    @Test
    void a_registration_challenge_is_used_once_even_when_the_answer_fails() {
        JsonNode options = passkeys.beginRegistration(browser).json();
        String good = Passkeys.created(options, authenticator, RP_ID, null);

        ApiServer.Response broken = passkeys.completeRegistration(browser,
                "{\"response\": {\"clientDataJSON\": \"bm9wZQ\", \"attestationObject\": \"bm9wZQ\"}}");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json()).isEqualTo(Passkeys.error("Registration failed: could not complete registration"));

        ApiServer.Response replayed = passkeys.completeRegistration(browser, good);
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.json()).isEqualTo(
                Passkeys.error("No registration challenge found. Please start registration again."));
        assertThat(list()).isEmpty();
    }

    @Test
    void a_replayed_registration_is_refused() {
        JsonNode options = passkeys.beginRegistration(browser).json();
        String answer = Passkeys.created(options, authenticator, RP_ID, null);
        assertThat(passkeys.completeRegistration(browser, answer).status()).isEqualTo(200);

        passkeys.beginRegistration(browser);
        ApiServer.Response replayed = passkeys.completeRegistration(browser, answer);

        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.json()).isEqualTo(Passkeys.error("Registration failed: could not complete registration"));
        assertThat(list()).hasSize(1);
        assertThat(list().get(0).get("label").asText()).isEqualTo("Passkey");
    }

    @Test
    void an_expired_registration_challenge_is_refused() {
        JsonNode options = passkeys.beginRegistration(browser).json();
        api.advance(Duration.ofMinutes(2));

        ApiServer.Response late = passkeys.completeRegistration(browser,
                Passkeys.created(options, authenticator, RP_ID, null));

        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json()).isEqualTo(
                Passkeys.error("No registration challenge found. Please start registration again."));
    }

    @Test
    void a_passkey_made_on_another_origin_or_for_another_relying_party_is_refused() {
        JsonNode options = passkeys.beginRegistration(browser).json();
        ApiServer.Response phished = passkeys.completeRegistration(browser, Passkeys.created(options,
                SoftwareAuthenticator.at("https://burrow.example.com.evil.test"), RP_ID, null));
        assertThat(phished.status()).isEqualTo(400);
        assertThat(phished.json()).isEqualTo(Passkeys.error("Registration failed: could not complete registration"));

        options = passkeys.beginRegistration(browser).json();
        ApiServer.Response parent = passkeys.completeRegistration(browser,
                Passkeys.created(options, authenticator, "example.com", null));
        assertThat(parent.status()).isEqualTo(400);
        assertThat(parent.json()).isEqualTo(Passkeys.error("Registration failed: could not complete registration"));
        assertThat(list()).isEmpty();
    }

    @Test
    void a_verification_is_for_its_passkey_and_used_once() {
        String first = passkeys.register(browser, authenticator);
        SoftwareAuthenticator another = Passkeys.authenticator();
        String second = passkeys.register(browser, another);
        JsonNode options = passkeys.beginVerification(browser, first).json();
        String answer = Passkeys.asserted(options, authenticator, RP_ID);

        ApiServer.Response mismatch = passkeys.completeVerification(browser, second, answer);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json()).isEqualTo(Passkeys.error("Credential ID mismatch."));

        ApiServer.Response replayed = passkeys.completeVerification(browser, first, answer);
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.json()).isEqualTo(
                Passkeys.error("No pending verification. Please start verification again."));

        options = passkeys.beginVerification(browser, first).json();
        ApiServer.Response wrongKey = passkeys.completeVerification(browser, first,
                Passkeys.asserted(json("{\"challenge\": \"" + options.get("challenge").asText()
                        + "\", \"allowCredentials\": []}"), another, RP_ID));
        assertThat(wrongKey.status()).isEqualTo(400);
        assertThat(wrongKey.json()).isEqualTo(
                Passkeys.error("Verification failed: could not complete verification"));
    }

    @Test
    void a_verified_passkey_is_not_verified_again() {
        String id = passkeys.registerAndVerify(browser, authenticator);

        ApiServer.Response again = passkeys.beginVerification(browser, id);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json()).isEqualTo(Passkeys.error("Credential is already verified."));
    }

    @Test
    void renaming_checks_the_label() {
        String id = passkeys.register(browser, authenticator);

        for (String bad : new String[]{"{}", "{\"label\": \"\"}", "{\"label\": \"" + "x".repeat(201) + "\"}"}) {
            ApiServer.Response refused = api.request("PATCH", "/api/webauthn/credentials/" + id + "/")
                    .session(browser).json(bad).send();
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json()).isEqualTo(
                    Passkeys.error("Label is required and must be 200 characters or less."));
        }
        ApiServer.Response renamed = api.request("PATCH", "/api/webauthn/credentials/" + id + "/")
                .session(browser).json("{\"label\": \"" + "y".repeat(200) + "\"}").send();
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("label").asText()).hasSize(200);
        assertThat(renamed.json().get("id").asText()).isEqualTo(id);
    }

    @Test
    void deleting_a_passkey_tells_the_user() {
        String id = passkeys.registerAndVerify(browser, authenticator);

        ApiServer.Response deleted = api.request("DELETE", "/api/webauthn/credentials/" + id + "/")
                .session(browser).send();

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(list()).isEmpty();
        assertThat(api.mailer().lastTo("ada@example.com").subject())
                .isEqualTo("A passkey was removed from your account");
    }

    @Test
    void another_users_passkey_is_not_found() {
        api.data().user("bob@example.com", PASSWORD, ApiServer.HASHER);
        ApiServer.Browser bob = api.logIn("bob@example.com", PASSWORD);
        String bobs = passkeys.register(bob, Passkeys.authenticator());

        for (String id : new String[]{bobs, "not-a-uuid", "00000000-0000-0000-0000-000000000000"}) {
            for (ApiServer.Response response : new ApiServer.Response[]{
                    api.request("PATCH", "/api/webauthn/credentials/" + id + "/").session(browser)
                            .json("{\"label\": \"Mine\"}").send(),
                    api.request("DELETE", "/api/webauthn/credentials/" + id + "/").session(browser).send(),
                    passkeys.beginVerification(browser, id)}) {
                assertThat(response.status()).as(id).isEqualTo(404);
                assertThat(response.json()).isEqualTo(Passkeys.error("Credential not found."));
            }
        }
        assertThat(list()).isEmpty();
        assertThat(api.request("GET", "/api/webauthn/credentials/").session(bob).send().json()).hasSize(1);
    }

    @Test
    void every_change_needs_a_recent_login_and_a_session() {
        String id = passkeys.register(browser, authenticator);
        api.advance(Duration.ofHours(2));
        JsonNode stale = error("authentication_error", "sensitive_action_required_reauth",
                "This action requires you to be recently authenticated.", null);

        for (ApiServer.Response response : new ApiServer.Response[]{
                passkeys.beginRegistration(browser),
                passkeys.completeRegistration(browser, "{}"),
                api.request("PATCH", "/api/webauthn/credentials/" + id + "/").session(browser)
                        .json("{\"label\": \"Mine\"}").send(),
                api.request("DELETE", "/api/webauthn/credentials/" + id + "/").session(browser).send(),
                passkeys.beginVerification(browser, id),
                passkeys.completeVerification(browser, id, "{}")}) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json()).isEqualTo(stale);
        }
        assertThat(list()).hasSize(1);

        JsonNode anonymous = error("authentication_error", "not_authenticated",
                "Authentication credentials were not provided.", null);
        ApiServer.Response noSession = api.request("POST", "/api/webauthn/register/begin/").send();
        assertThat(noSession.status()).isEqualTo(401);
        assertThat(noSession.json()).isEqualTo(anonymous);
        ApiServer.Response withKey = api.request("GET", "/api/webauthn/credentials/").bearer(key()).send();
        assertThat(withKey.status()).isEqualTo(401);
        assertThat(withKey.json()).isEqualTo(anonymous);
    }
}
