package dev.burrow.http.passkey;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.passkey.PasskeyAnswer;
import dev.burrow.http.json.Fields;

import java.util.Optional;

/** A passkey sent as the second factor to {@code /api/login/token/}, as PostHog's login page sends it. */
public final class PasskeyAnswers {

    private PasskeyAnswers() {
    }

    /** The passkey's id (base64url) and its answer. */
    public record SecondFactor(String credentialId, PasskeyAnswer answer) {
    }

    /**
     * The passkey in {@code {"credential_id": ..., "response": {...}}}, when both are there and not empty (Python's
     * truthiness, as PostHog tests them); otherwise the body is a code's.
     */
    public static Optional<SecondFactor> secondFactor(Fields fields) {
        Optional<JsonNode> id = fields.raw("credential_id").filter(PasskeyAnswers::truthy);
        Optional<JsonNode> response = fields.raw("response").filter(PasskeyAnswers::truthy);
        if (id.isEmpty() || response.isEmpty()) {
            return Optional.empty();
        }
        String credentialId = id.get().isTextual() ? id.get().textValue() : id.get().toString();
        return Optional.of(new SecondFactor(credentialId, PasskeyJson.assertion(credentialId, response.get())));
    }

    private static boolean truthy(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        if (value.isContainerNode()) {
            return value.size() > 0;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return !value.isNumber() || value.doubleValue() != 0;
    }
}
