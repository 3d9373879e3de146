package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.virtualauthenticator.Credential;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real browser: the jar serves, Debian's Chromium (through chromedriver, with Chrome's virtual
 * authenticator) runs the ceremonies from a page on burrow's own origin, as PostHog's web app does.
 * {@code SITE_URL} is that origin, {@code http://localhost:PORT}: localhost is a secure context, so WebAuthn works
 * on plain http. Skipped, with the reason, where Chromium is not installed; never skipped by {@code .ci/run}.
 */
class PasskeyBrowserIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EMAIL = "ada@example.com";
    private static final String PASSWORD = "a browser's own passkey 2026";

    @Test
    void chromium_makes_and_uses_a_discoverable_passkey_on_burrows_origin(@TempDir Path directory)
            throws Exception {
        try (Chromium chromium = Chromium.start(directory);
             JarProcess server = startBurrow(directory)) {
            chromium.open(server.base().replace("127.0.0.1", "localhost") + "/_health");
            String site = chromium.origin();
            assertThat(chromium.secureContext()).as("localhost is a secure context").isTrue();

            Chromium.Answer login = chromium.call("POST", "/api/login/",
                    json(Map.of("email", EMAIL, "password", PASSWORD)));
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
            Chromium.Answer me = chromium.call("GET", "/api/users/@me/", null);
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.json().get("email").asText()).isEqualTo(EMAIL);

            // Options as burrow will send them (posthog-account-security.md 1.5.1), made by hand for now.
            String userHandle = randomBase64Url(16);
            String challenge = randomBase64Url(64);
            ObjectNode creation = (ObjectNode) MAPPER.readTree("""
                    {"rp": {"name": "PostHog", "id": "localhost"},
                     "user": {"id": "%s", "name": "%s", "displayName": "Ada"},
                     "challenge": "%s",
                     "pubKeyCredParams": [{"type": "public-key", "alg": -36}, {"type": "public-key", "alg": -7},
                                          {"type": "public-key", "alg": -8}],
                     "timeout": 60000, "excludeCredentials": [],
                     "authenticatorSelection": {"residentKey": "required", "requireResidentKey": true,
                                                "userVerification": "required"},
                     "attestation": "none"}
                    """.formatted(userHandle, EMAIL, challenge));
            JsonNode created = chromium.create(creation);
            assertThat(created.has("error")).as(created.toString()).isFalse();
            assertThat(created.get("type").asText()).isEqualTo("public-key");
            assertThat(created.get("authenticatorAttachment").asText()).isEqualTo("platform");
            assertThat(created.at("/response/transports").toString()).contains("internal");
            JsonNode createData = clientData(created);
            assertThat(createData.get("type").asText()).isEqualTo("webauthn.create");
            assertThat(createData.get("origin").asText()).isEqualTo(site);
            assertThat(createData.get("challenge").asText()).isEqualTo(challenge);

            List<Credential> held = chromium.credentials();
            assertThat(held).hasSize(1);
            assertThat(held.get(0).isResidentCredential()).isTrue();
            assertThat(held.get(0).getRpId()).isEqualTo("localhost");
            assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(held.get(0).getId()))
                    .isEqualTo(created.get("rawId").asText());

            // Usernameless: no allowCredentials, the authenticator finds the resident key by the relying party.
            String challenge2 = randomBase64Url(64);
            JsonNode asserted = chromium.get(MAPPER.readTree("""
                    {"challenge": "%s", "timeout": 60000, "rpId": "localhost", "allowCredentials": [],
                     "userVerification": "required"}
                    """.formatted(challenge2)));
            assertThat(asserted.has("error")).as(asserted.toString()).isFalse();
            assertThat(asserted.get("rawId").asText()).isEqualTo(created.get("rawId").asText());
            assertThat(asserted.at("/response/userHandle").asText()).isEqualTo(userHandle);
            JsonNode getData = clientData(asserted);
            assertThat(getData.get("type").asText()).isEqualTo("webauthn.get");
            assertThat(getData.get("origin").asText()).isEqualTo(site);
            assertThat(getData.get("challenge").asText()).isEqualTo(challenge2);
            // User verification required and done: the UV flag (bit 2) of the authenticator data's flags byte.
            byte flags = Base64.getUrlDecoder().decode(asserted.at("/response/authenticatorData").asText())[32];
            assertThat(flags & 0x04).as("UV flag").isNotZero();
        }
    }

    /**
     * What a person does in PostHog's web app, each call from the page with its cookies and CSRF header: register a
     * passkey from a password session and prove it (posthog-account-security.md 1.5).
     */
    @Test
    void a_passkey_made_in_chromium_is_registered_and_proven(@TempDir Path directory)
            throws Exception {
        try (Chromium chromium = Chromium.start(directory);
             JarProcess server = startBurrow(directory)) {
            chromium.open(server.base().replace("127.0.0.1", "localhost") + "/_health");
            String site = chromium.origin();

            // A password session.
            expect(chromium.call("POST", "/api/login/", json(Map.of("email", EMAIL, "password", PASSWORD))), 200);
            JsonNode me = expect(chromium.call("GET", "/api/users/@me/", null), 200);
            String userHandle = handleOf(UUID.fromString(me.get("uuid").asText()));
            assertThat(me.get("is_2fa_enabled").asBoolean()).isFalse();

            // Register: begin, the browser makes the credential, complete stores it unverified.
            JsonNode creation = expect(chromium.call("POST", "/api/webauthn/register/begin/", null), 200);
            assertThat(creation.at("/rp/id").asText()).isEqualTo("localhost");
            assertThat(creation.at("/user/id").asText()).as("the user's uuid bytes").isEqualTo(userHandle);
            assertThat(creation.at("/user/name").asText()).isEqualTo(EMAIL);
            assertThat(creation.get("challenge").asText()).hasSize(86);
            assertThat(creation.get("pubKeyCredParams").findValuesAsText("alg")).containsExactly("-36", "-7", "-8");
            assertThat(creation.get("timeout").asInt()).isEqualTo(60000);
            assertThat(creation.at("/authenticatorSelection/residentKey").asText()).isEqualTo("required");
            assertThat(creation.at("/authenticatorSelection/userVerification").asText()).isEqualTo("required");
            assertThat(creation.get("excludeCredentials")).isEmpty();
            JsonNode created = ceremony(chromium.create(creation));
            assertThat(clientData(created).get("origin").asText()).isEqualTo(site);
            ObjectNode registration = ((ObjectNode) created.deepCopy()).put("label", "Chromium");
            JsonNode stored = expect(chromium.call("POST", "/api/webauthn/register/complete/",
                    registration.toString()), 200);
            assertThat(stored.get("success").asBoolean()).isTrue();
            assertThat(stored.get("message").asText())
                    .isEqualTo("Credential stored. Please verify your passkey to complete registration.");
            String credentialId = stored.get("credential_id").asText();
            JsonNode listed = expect(chromium.call("GET", "/api/webauthn/credentials/", null), 200);
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).get("id").asText()).isEqualTo(credentialId);
            assertThat(listed.get(0).get("label").asText()).isEqualTo("Chromium");
            assertThat(listed.get(0).get("verified").asBoolean()).isFalse();
            assertThat(listed.get(0).get("transports").toString()).isEqualTo("[\"internal\"]");
            assertThat(listed.get(0).get("authenticator_type").asText()).isEqualTo("platform");

            // Verify: prove it once with an assertion for that credential.
            JsonNode verifying = expect(chromium.call("POST",
                    "/api/webauthn/credentials/" + credentialId + "/verify/", null), 200);
            assertThat(verifying.get("rpId").asText()).isEqualTo("localhost");
            assertThat(verifying.get("allowCredentials").findValuesAsText("id"))
                    .containsExactly(created.get("rawId").asText());
            assertThat(verifying.get("userVerification").asText()).isEqualTo("required");
            JsonNode proof = ceremony(chromium.get(verifying));
            JsonNode verified = expect(chromium.call("POST",
                    "/api/webauthn/credentials/" + credentialId + "/verify_complete/", proof.toString()), 200);
            assertThat(verified.get("id").asText()).isEqualTo(credentialId);
            assertThat(verified.get("verified").asBoolean()).isTrue();
            expect(chromium.call("GET", "/api/users/@me/", null), 200);
            // Registering again: the proven passkey is excluded, and the authenticator holding it refuses another.
            JsonNode again = expect(chromium.call("POST", "/api/webauthn/register/begin/", null), 200);
            assertThat(again.get("excludeCredentials").findValuesAsText("id"))
                    .containsExactly(created.get("rawId").asText());
            assertThat(chromium.create(again).path("error").asText()).startsWith("InvalidStateError");
            assertThat(chromium.credentials()).hasSize(1);
        }
    }

    /** The answer's JSON, once its status is {@code status}. */
    private static JsonNode expect(Chromium.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer.json();
    }

    /** A ceremony's result, once the browser did not refuse it. */
    private static JsonNode ceremony(JsonNode result) {
        assertThat(result.has("error")).as("the browser refused: " + result).isFalse();
        return result;
    }

    /** PostHog's user handle: the uuid's 16 bytes, base64url. */
    private static String handleOf(UUID uuid) {
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The jar on a port chosen here, so that {@code SITE_URL} can name it before the server starts. */
    private static JarProcess startBurrow(Path directory) throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path home = Files.createDirectories(directory.resolve("burrow"));
        return JarProcess.start(home, Map.of(
                "PORT", String.valueOf(port),
                "SITE_URL", "http://localhost:" + port,
                "BURROW_ADMIN_EMAIL", EMAIL,
                "BURROW_ADMIN_PASSWORD", PASSWORD), true);
    }

    private static JsonNode clientData(JsonNode credential) throws IOException {
        return MAPPER.readTree(new String(Base64.getUrlDecoder().decode(
                credential.at("/response/clientDataJSON").asText()), StandardCharsets.UTF_8));
    }

    private static String randomBase64Url(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String json(Object value) throws IOException {
        return MAPPER.writeValueAsString(value);
    }
}
