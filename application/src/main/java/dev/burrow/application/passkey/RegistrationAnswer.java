package dev.burrow.application.passkey;

import java.util.List;

/**
 * What a browser sent back from {@code navigator.credentials.create()}, as sent (base64url text, possibly missing
 * or malformed), with the transports it named and the label the user gave ({@code null}: PostHog's "Passkey").
 */
public record RegistrationAnswer(String clientDataJson, String attestationObject, List<String> transports,
                                 String label) {
}
