package dev.burrow.domain.passkey;

import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * A passkey of a user, as PostHog's {@code WebauthnCredential} model keeps it: the authenticator's credential id, its
 * COSE public key and algorithm, the last signature counter it reported, the transports the browser named, and
 * whether the user has proved it once (an unverified passkey signs nobody in and counts for nothing).
 */
public final class WebauthnCredential {

    /** The longest label PostHog's model takes. */
    public static final int LABEL_MAX_LENGTH = 200;
    /** The label of a passkey registered without one. */
    public static final String DEFAULT_LABEL = "Passkey";

    private final UUID id;
    private final UserId userId;
    private final byte[] credentialId;
    private final String label;
    private final byte[] publicKey;
    private final int algorithm;
    private final long counter;
    private final List<String> transports;
    private final boolean verified;
    private final Instant createdAt;

    private WebauthnCredential(UUID id, UserId userId, byte[] credentialId, String label, byte[] publicKey,
                               int algorithm, long counter, List<String> transports, boolean verified,
                               Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.credentialId = Objects.requireNonNull(credentialId, "credentialId").clone();
        this.label = Objects.requireNonNull(label, "label");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey").clone();
        this.algorithm = algorithm;
        this.counter = counter;
        this.transports = List.copyOf(transports);
        this.verified = verified;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A passkey just registered: not yet verified. Its id is time-ordered (as PostHog's UUIDT), so ids sort as the
     * passkeys were made.
     */
    public static WebauthnCredential registered(UserId userId, byte[] credentialId, String label, byte[] publicKey,
                                                int algorithm, long counter, List<String> transports, Instant now,
                                                RandomGenerator random) {
        return new WebauthnCredential(timeOrdered(now, random), userId, credentialId, label, publicKey, algorithm,
                counter, transports, false, now.truncatedTo(ChronoUnit.MICROS));
    }

    public static WebauthnCredential restore(UUID id, UserId userId, byte[] credentialId, String label,
                                             byte[] publicKey, int algorithm, long counter, List<String> transports,
                                             boolean verified, Instant createdAt) {
        return new WebauthnCredential(id, userId, credentialId, label, publicKey, algorithm, counter, transports,
                verified, createdAt);
    }

    /** A version-7 UUID: the milliseconds of {@code now}, then random bits. */
    static UUID timeOrdered(Instant now, RandomGenerator random) {
        long high = (now.toEpochMilli() << 16) | 0x7000L | (random.nextLong() & 0x0fffL);
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /**
     * Whether an assertion reporting {@code signCount} betrays a copied authenticator: an authenticator that keeps a
     * counter (it reported one before, or reports one now) must report more than last time. One that keeps none
     * always says 0, and is let through.
     */
    public boolean isClonedBy(long signCount) {
        return (signCount > 0 || counter > 0) && signCount <= counter;
    }

    /**
     * What the browser should be told the authenticator is, from its transports, as PostHog derives it: internal
     * alone is the device itself, hybrid a phone, usb/nfc/ble a security key.
     */
    public String authenticatorType() {
        if (transports.isEmpty()) {
            return "unknown";
        }
        if (transports.contains("hybrid")) {
            return "hybrid";
        }
        if (transports.contains("internal")) {
            return "platform";
        }
        if (transports.contains("usb") || transports.contains("nfc") || transports.contains("ble")) {
            return "hardware";
        }
        return "unknown";
    }

    /** The credential id as browsers and PostHog write it: base64url without padding. */
    public String credentialIdText() {
        return encode(credentialId);
    }

    /** {@code bytes} in base64url without padding, WebAuthn's text form of binary values. */
    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public UUID id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public byte[] credentialId() {
        return credentialId.clone();
    }

    public String label() {
        return label;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public int algorithm() {
        return algorithm;
    }

    public long counter() {
        return counter;
    }

    public List<String> transports() {
        return transports;
    }

    public boolean verified() {
        return verified;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebauthnCredential that && id.equals(that.id) && userId.equals(that.userId)
                && Arrays.equals(credentialId, that.credentialId) && label.equals(that.label)
                && Arrays.equals(publicKey, that.publicKey) && algorithm == that.algorithm && counter == that.counter
                && transports.equals(that.transports) && verified == that.verified
                && createdAt.equals(that.createdAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "WebauthnCredential[id=" + id + ", user=" + userId + ", verified=" + verified + ", counter=" + counter
                + "]";
    }
}
