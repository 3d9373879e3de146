package dev.burrow.domain.organization;

import dev.burrow.domain.HostApi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An invitation for an email address to join an organization. */
@HostApi
public record Invite(UUID id, OrganizationId organizationId, String organizationName, String targetEmail,
                     Instant createdAt) {

    /** Invites older than this can no longer be accepted, so they are no longer pending. */
    public static final Duration VALIDITY = Duration.ofDays(3);

    public Invite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(targetEmail, "targetEmail");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isExpired(Instant now) {
        return !createdAt.isAfter(now.minus(VALIDITY));
    }
}
