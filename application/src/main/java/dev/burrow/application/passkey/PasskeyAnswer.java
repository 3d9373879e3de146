package dev.burrow.application.passkey;

/**
 * What a browser sent back from {@code navigator.credentials.get()}, as sent: base64url text, any of it possibly
 * missing ({@code null}) or malformed, which the use cases answer in PostHog's order.
 */
public record PasskeyAnswer(String rawId, String clientDataJson, String authenticatorData, String signature,
                            String userHandle) {

    @Override
    public String toString() {
        return "PasskeyAnswer[rawId=" + rawId + "]";
    }
}
