package dev.burrow.application.passkey;

import java.util.Base64;
import java.util.Optional;

/** WebAuthn's binary values in their text form, base64url (padded or not), read without throwing. */
final class Binary {

    private Binary() {
    }

    /** The bytes {@code text} stands for; empty when it is missing, empty or not base64url. */
    static Optional<byte[]> decode(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getUrlDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
