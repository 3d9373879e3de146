package dev.burrow.http.passkey;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.passkey.CreationOptions;
import dev.burrow.application.passkey.CredentialDescriptor;
import dev.burrow.application.passkey.PasskeyAnswer;
import dev.burrow.application.passkey.RegistrationAnswer;
import dev.burrow.application.passkey.RequestOptions;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.http.json.Fields;
import dev.burrow.http.json.PostHogTime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passkeys on the wire: options as py_webauthn's {@code options_to_json} writes them (its keys, in its order; an
 * empty transports list left out), credentials as PostHog's serializer does, and the browser's answers as
 * {@code @simplewebauthn/browser} sends them.
 */
final class PasskeyJson {

    private static final String PUBLIC_KEY = "public-key";
    private static final String REQUIRED = "required";

    private PasskeyJson() {
    }

    static Map<String, Object> creation(CreationOptions options) {
        Map<String, Object> rp = new LinkedHashMap<>();
        rp.put("name", options.rp().name());
        rp.put("id", options.rp().id());
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", options.userHandle());
        user.put("name", options.userName());
        user.put("displayName", options.userDisplayName());
        List<Map<String, Object>> params = new ArrayList<>();
        for (int algorithm : options.algorithms()) {
            Map<String, Object> param = new LinkedHashMap<>();
            param.put("type", PUBLIC_KEY);
            param.put("alg", algorithm);
            params.add(param);
        }
        Map<String, Object> selection = new LinkedHashMap<>();
        selection.put("residentKey", REQUIRED);
        selection.put("requireResidentKey", true);
        selection.put("userVerification", REQUIRED);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rp", rp);
        body.put("user", user);
        body.put("challenge", options.challenge());
        body.put("pubKeyCredParams", params);
        body.put("timeout", options.timeout());
        body.put("excludeCredentials", descriptors(options.excludeCredentials()));
        body.put("authenticatorSelection", selection);
        body.put("attestation", "none");
        return body;
    }

    static Map<String, Object> request(RequestOptions options) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("challenge", options.challenge());
        body.put("timeout", options.timeout());
        body.put("rpId", options.rpId());
        body.put("allowCredentials", descriptors(options.allowCredentials()));
        body.put("userVerification", REQUIRED);
        return body;
    }

    static List<Map<String, Object>> descriptors(List<CredentialDescriptor> descriptors) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CredentialDescriptor descriptor : descriptors) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", descriptor.id());
            item.put("type", PUBLIC_KEY);
            if (!descriptor.transports().isEmpty()) {
                item.put("transports", descriptor.transports());
            }
            list.add(item);
        }
        return list;
    }

    /** PostHog's credential object. */
    static Map<String, Object> credential(WebauthnCredential credential) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", credential.id().toString());
        body.put("label", credential.label());
        body.put("created_at", PostHogTime.format(credential.createdAt()));
        body.put("transports", credential.transports());
        body.put("verified", credential.verified());
        body.put("authenticator_type", credential.authenticatorType());
        return body;
    }

    /** The attestation of {@code startRegistration()}, with the label PostHog's web app adds. */
    static RegistrationAnswer registration(Fields fields) {
        JsonNode response = fields.raw("response").orElse(null);
        List<String> transports = new ArrayList<>();
        JsonNode sent = response == null ? null : response.get("transports");
        if (sent != null && sent.isArray()) {
            sent.forEach(item -> transports.add(item.isTextual() ? item.textValue() : item.toString()));
        }
        JsonNode label = fields.raw("label").orElse(null);
        return new RegistrationAnswer(text(response, "clientDataJSON"), text(response, "attestationObject"),
                transports, label == null || label.isNull() ? null : label.isTextual() ? label.textValue()
                : label.toString());
    }

    /** The assertion of {@code startAuthentication()}: {@code rawId} beside {@code response}. */
    static PasskeyAnswer assertion(Fields fields) {
        return assertion(fields.raw("rawId").filter(JsonNode::isTextual).map(JsonNode::textValue).orElse(null),
                fields.raw("response").orElse(null));
    }

    /** An assertion sent as its id and its {@code response} object (as {@code /api/login/token/} takes it). */
    static PasskeyAnswer assertion(String rawId, JsonNode response) {
        return new PasskeyAnswer(rawId, text(response, "clientDataJSON"), text(response, "authenticatorData"),
                text(response, "signature"), text(response, "userHandle"));
    }

    private static String text(JsonNode object, String field) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode value = object.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
