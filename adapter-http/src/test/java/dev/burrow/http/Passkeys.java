package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.burrow.webauthn.testing.SoftwareAuthenticator;

import java.util.ArrayList;
import java.util.List;

/**
 * Passkey ceremonies against burrow over HTTP, driven as PostHog's web app drives them: ask for options, hand them to
 * the (software) authenticator, send back what it made in {@code @simplewebauthn/browser}'s JSON.
 */
final class Passkeys {

    static final String RP_ID = "burrow.example.com";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ApiServer api;

    Passkeys(ApiServer api) {
        this.api = api;
    }

    /** An authenticator in a browser on burrow's own origin. */
    static SoftwareAuthenticator authenticator() {
        return SoftwareAuthenticator.at(ApiServer.SITE);
    }

    ApiServer.Response beginRegistration(ApiServer.Browser browser) {
        return api.request("POST", "/api/webauthn/register/begin/").session(browser).send();
    }

    /** What the authenticator makes of register/begin's options, for the relying party id {@code rpId}. */
    static String created(JsonNode options, SoftwareAuthenticator authenticator, String rpId, String label) {
        List<Integer> algorithms = new ArrayList<>();
        options.get("pubKeyCredParams").forEach(param -> algorithms.add(param.get("alg").asInt()));
        SoftwareAuthenticator.Created created = authenticator.create(rpId, options.get("user").get("id").asText(),
                options.get("user").get("name").asText(), options.get("challenge").asText(), algorithms);
        ObjectNode body = MAPPER.createObjectNode();
        body.put("id", created.id());
        body.put("rawId", created.id());
        body.put("type", "public-key");
        ObjectNode response = body.putObject("response");
        response.put("clientDataJSON", created.clientDataJson());
        response.put("attestationObject", created.attestationObject());
        created.transports().forEach(response.putArray("transports")::add);
        body.putObject("clientExtensionResults");
        body.put("authenticatorAttachment", "platform");
        if (label != null) {
            body.put("label", label);
        }
        return body.toString();
    }

    ApiServer.Response completeRegistration(ApiServer.Browser browser, String body) {
        return api.request("POST", "/api/webauthn/register/complete/").session(browser).json(body).send();
    }

    /** What the authenticator signs for request options ({@code allowCredentials} as they list them). */
    static String asserted(JsonNode options, SoftwareAuthenticator authenticator, String rpId) {
        List<String> allowed = new ArrayList<>();
        options.get("allowCredentials").forEach(item -> allowed.add(item.get("id").asText()));
        return assertion(authenticator.get(rpId, options.get("challenge").asText(), allowed));
    }

    static String assertion(SoftwareAuthenticator.Asserted asserted) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("id", asserted.id());
        body.put("rawId", asserted.id());
        body.put("type", "public-key");
        body.set("response", response(asserted));
        body.putObject("clientExtensionResults");
        body.put("authenticatorAttachment", "platform");
        return body.toString();
    }

    static ObjectNode response(SoftwareAuthenticator.Asserted asserted) {
        ObjectNode response = MAPPER.createObjectNode();
        response.put("authenticatorData", asserted.authenticatorData());
        response.put("clientDataJSON", asserted.clientDataJson());
        response.put("signature", asserted.signature());
        if (asserted.userHandle() != null) {
            response.put("userHandle", asserted.userHandle());
        } else {
            response.putNull("userHandle");
        }
        return response;
    }

    ApiServer.Response beginVerification(ApiServer.Browser browser, String id) {
        return api.request("POST", "/api/webauthn/credentials/" + id + "/verify/").session(browser).send();
    }

    ApiServer.Response completeVerification(ApiServer.Browser browser, String id, String body) {
        return api.request("POST", "/api/webauthn/credentials/" + id + "/verify_complete/").session(browser)
                .json(body).send();
    }

    /** Registers a passkey of {@code authenticator} from {@code browser}: its id, not yet verified. */
    String register(ApiServer.Browser browser, SoftwareAuthenticator authenticator) {
        JsonNode options = beginRegistration(browser).json();
        ApiServer.Response stored = completeRegistration(browser, created(options, authenticator, RP_ID, "Laptop"));
        if (stored.status() != 200) {
            throw new AssertionError("registration failed: " + stored.status() + " " + stored.body());
        }
        return stored.json().get("credential_id").asText();
    }

    /** Registers and proves a passkey: its id. */
    String registerAndVerify(ApiServer.Browser browser, SoftwareAuthenticator authenticator) {
        String id = register(browser, authenticator);
        JsonNode options = beginVerification(browser, id).json();
        ApiServer.Response verified = completeVerification(browser, id, asserted(options, authenticator, RP_ID));
        if (verified.status() != 200) {
            throw new AssertionError("verification failed: " + verified.status() + " " + verified.body());
        }
        return id;
    }

    static JsonNode error(String message) {
        return MAPPER.createObjectNode().put("error", message);
    }
}
