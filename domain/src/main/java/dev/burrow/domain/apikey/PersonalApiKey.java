package dev.burrow.domain.apikey;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.secret.SecretTokens;
import dev.burrow.domain.user.UserId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A personal API key. The clear value exists only at issue time ({@link Issued}); what is kept is its SHA-256
 * ({@link #secureValue()}), which is also how a presented key is found, and a mask for showing it in lists.
 */
@HostApi
public final class PersonalApiKey {

    public static final String PREFIX = "phx_";
    /** PostHog's limit, shared with its web app. */
    public static final int MAX_PER_USER = 10;
    public static final int MAX_LABEL_LENGTH = 40;
    /** {@code last_used_at} is only written when it is at least this old, so a busy key does not write per request. */
    public static final Duration LAST_USED_RESOLUTION = Duration.ofHours(1);

    private static final String SECURE_VALUE_PREFIX = "sha256$";
    private static final int VALUE_BYTES = 35;
    private static final int ID_BYTES = 32;

    private final String id;
    private final UserId userId;
    private final String label;
    private final String secureValue;
    private final String maskValue;
    private final ApiScopes scopes;
    private final List<Long> scopedTeams;
    private final List<String> scopedOrganizations;
    private final Instant createdAt;
    private final Instant lastUsedAt;
    private final Instant lastRolledAt;

    private PersonalApiKey(String id, UserId userId, String label, String secureValue, String maskValue,
                           ApiScopes scopes, List<Long> scopedTeams, List<String> scopedOrganizations,
                           Instant createdAt, Instant lastUsedAt, Instant lastRolledAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.label = Objects.requireNonNull(label, "label");
        this.secureValue = Objects.requireNonNull(secureValue, "secureValue");
        this.maskValue = maskValue;
        this.scopes = Objects.requireNonNull(scopes, "scopes");
        this.scopedTeams = scopedTeams == null ? null : List.copyOf(scopedTeams);
        this.scopedOrganizations = scopedOrganizations == null ? null : List.copyOf(scopedOrganizations);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastUsedAt = lastUsedAt;
        this.lastRolledAt = lastRolledAt;
    }

    /** A key just issued, with the clear value that is shown once and never stored. */
    @HostApi
    public record Issued(PersonalApiKey key, String value) {

        @Override
        public String toString() {
            return "Issued[key=" + key + ", value=" + key.maskValue() + "]";
        }
    }

    /** Issues a new key for {@code userId} with no project or organization scoping. */
    public static Issued issue(UserId userId, String label, ApiScopes scopes, Instant now, RandomGenerator random) {
        return issue(userId, label, scopes, null, null, now, random);
    }

    /**
     * Issues a new key for {@code userId}: {@code phx_} and 35 random bytes in base57. {@code scopedTeams} and
     * {@code scopedOrganizations} (null for none) restrict the key on PostHog's other APIs; the Users API ignores
     * them, as PostHog does.
     */
    public static Issued issue(UserId userId, String label, ApiScopes scopes, List<Long> scopedTeams,
                               List<String> scopedOrganizations, Instant now, RandomGenerator random) {
        String value = PREFIX + SecretTokens.base57(random, VALUE_BYTES);
        PersonalApiKey key = new PersonalApiKey(SecretTokens.base62(random, ID_BYTES), userId, checkedLabel(label),
                secureValueOf(value), mask(value), scopes, scopedTeams, scopedOrganizations,
                now.truncatedTo(ChronoUnit.MICROS), null, null);
        return new Issued(key, value);
    }

    private static String checkedLabel(String label) {
        String clean = label == null ? "" : label;
        if (clean.length() > MAX_LABEL_LENGTH) {
            throw new InvalidInputException("max_length",
                    "Ensure this field has no more than " + MAX_LABEL_LENGTH + " characters.", "label");
        }
        return clean;
    }

    /** Rebuilds a key from storage. */
    public static PersonalApiKey restore(String id, UserId userId, String label, String secureValue, String maskValue,
                                         ApiScopes scopes, List<Long> scopedTeams, List<String> scopedOrganizations,
                                         Instant createdAt, Instant lastUsedAt, Instant lastRolledAt) {
        return new PersonalApiKey(id, userId, label, secureValue, maskValue, scopes, scopedTeams,
                scopedOrganizations, createdAt, lastUsedAt, lastRolledAt);
    }

    public PersonalApiKey withLabel(String newLabel) {
        return new PersonalApiKey(id, userId, checkedLabel(newLabel), secureValue, maskValue, scopes, scopedTeams,
                scopedOrganizations, createdAt, lastUsedAt, lastRolledAt);
    }

    public PersonalApiKey withScopes(ApiScopes newScopes) {
        return new PersonalApiKey(id, userId, label, secureValue, maskValue, newScopes, scopedTeams,
                scopedOrganizations, createdAt, lastUsedAt, lastRolledAt);
    }

    /** The same key limited to other projects and organizations (null: not limited). */
    public PersonalApiKey withScoping(List<Long> newScopedTeams, List<String> newScopedOrganizations) {
        return new PersonalApiKey(id, userId, label, secureValue, maskValue, scopes, newScopedTeams,
                newScopedOrganizations, createdAt, lastUsedAt, lastRolledAt);
    }

    /** How a presented key is stored and looked up: {@code sha256$<hex>} of its UTF-8 bytes, unsalted. */
    public static String secureValueOf(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return SECURE_VALUE_PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The first and last four characters; values too short to hide that way are all stars. */
    public static String mask(String value) {
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }

    /** The key after being used at {@code now}, if that use should be recorded (at most once an hour). */
    public Optional<PersonalApiKey> recordUse(Instant now) {
        if (lastUsedAt != null && lastUsedAt.plus(LAST_USED_RESOLUTION).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new PersonalApiKey(id, userId, label, secureValue, maskValue, scopes, scopedTeams,
                scopedOrganizations, createdAt, now.truncatedTo(ChronoUnit.MICROS), lastRolledAt));
    }

    public String id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public String label() {
        return label;
    }

    public String secureValue() {
        return secureValue;
    }

    public String maskValue() {
        return maskValue;
    }

    public ApiScopes scopes() {
        return scopes;
    }

    /** The projects the key is limited to on PostHog's other APIs, or null for none. */
    public List<Long> scopedTeams() {
        return scopedTeams;
    }

    /** The organizations (UUIDs) the key is limited to on PostHog's other APIs, or null for none. */
    public List<String> scopedOrganizations() {
        return scopedOrganizations;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant lastRolledAt() {
        return lastRolledAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalApiKey that && id.equals(that.id) && userId.equals(that.userId)
                && label.equals(that.label) && secureValue.equals(that.secureValue)
                && Objects.equals(maskValue, that.maskValue) && scopes.equals(that.scopes)
                && Objects.equals(scopedTeams, that.scopedTeams)
                && Objects.equals(scopedOrganizations, that.scopedOrganizations)
                && createdAt.equals(that.createdAt) && Objects.equals(lastUsedAt, that.lastUsedAt)
                && Objects.equals(lastRolledAt, that.lastRolledAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PersonalApiKey[id=" + id + ", user=" + userId + ", mask=" + maskValue + "]";
    }
}
