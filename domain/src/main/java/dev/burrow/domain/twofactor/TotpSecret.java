package dev.burrow.domain.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * The shared key of a TOTP authenticator: 20 random bytes, shown to the user in base32 and stored in hex, as
 * django-otp does, so devices imported from PostHog keep working.
 */
public final class TotpSecret {

    public static final int BYTES = 20;

    private final byte[] key;

    private TotpSecret(byte[] key) {
        this.key = key.clone();
    }

    public static TotpSecret generate(RandomGenerator random) {
        byte[] key = new byte[BYTES];
        random.nextBytes(key);
        return new TotpSecret(key);
    }

    /** A secret as stored: 40 hex digits. */
    public static TotpSecret ofHex(String hex) {
        return new TotpSecret(HexFormat.of().parseHex(hex));
    }

    /** A secret as authenticator apps show it: base32. */
    public static TotpSecret ofBase32(String base32) {
        return new TotpSecret(Base32.decode(base32)
                .orElseThrow(() -> new IllegalArgumentException("not a base32 secret")));
    }

    public String hex() {
        return HexFormat.of().formatHex(key);
    }

    /** What the user types into an authenticator app: 32 base32 characters. */
    public String base32() {
        return Base32.encode(key);
    }

    byte[] key() {
        return key.clone();
    }

    /**
     * The {@code otpauth://} URI a QR code carries: the label is {@code "<issuer>: <account>"} and the secret comes
     * first, as django-two-factor-auth writes it.
     */
    public String provisioningUri(String issuer, String account) {
        return "otpauth://totp/" + encode(issuer + ": " + account) + "?secret=" + base32() + "&digits=6&issuer="
                + encode(issuer);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "TotpSecret[***]";
    }
}
