package dev.burrow.domain.organization;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.json.JsonDocument;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organization as the host system describes it. burrow reads organizations, it does not govern them, so this
 * is a snapshot with PostHog's settings rather than an aggregate with rules.
 */
@HostApi
public record Organization(
        OrganizationId id,
        String name,
        String slug,
        String logoMediaId,
        Instant createdAt,
        Instant updatedAt,
        int pluginsAccessLevel,
        JsonDocument availableProductFeatures,
        boolean memberJoinEmailEnabled,
        Map<String, String> metadata,
        String customerId,
        Boolean enforce2fa,
        Boolean membersCanInvite,
        boolean membersCanUsePersonalApiKeys,
        boolean allowPubliclySharedResources,
        Boolean aiDataProcessingApproved,
        String defaultExperimentStatsMethod,
        boolean defaultAnonymizeIps,
        String defaultRoleId,
        Boolean active,
        String notActiveReason,
        Boolean pendingDeletion) {

    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_SLUG_LENGTH = 48;
    private static final Pattern SLUG = Pattern.compile("^[-a-zA-Z0-9_]+$");

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        // Kept in the order stored, and tolerant of null values a host may have written.
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata == null ? Map.of() : metadata));
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("an organization name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (slug.length() > MAX_SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("not a valid organization slug: " + slug);
        }
    }

    /** A new organization with PostHog's defaults for every setting. */
    public static Organization create(OrganizationId id, String name, String slug, Instant now) {
        return new Organization(id, name, slug, null, now, now, 9, new JsonDocument("[]"), true, Map.of(), null,
                false, true, true, false, null, "bayesian", false, null, true, null, false);
    }
}
