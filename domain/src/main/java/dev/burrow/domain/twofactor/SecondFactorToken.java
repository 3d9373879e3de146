package dev.burrow.domain.twofactor;

import java.util.Locale;

/**
 * What a user typed as their second factor at login, trimmed. Digits alone are a TOTP code (and go through the
 * device's cool-down); anything else can only be a backup code, compared in lower case as they are generated.
 */
public record SecondFactorToken(String text) {

    /** {@code typed} trimmed; null (nothing typed) is empty, which no code matches. */
    public static SecondFactorToken of(String typed) {
        return new SecondFactorToken(typed == null ? "" : typed.strip());
    }

    public boolean isTotpCode() {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The text as a backup code is stored: lower case. */
    public String asBackupCode() {
        return text.toLowerCase(Locale.ROOT);
    }
}
