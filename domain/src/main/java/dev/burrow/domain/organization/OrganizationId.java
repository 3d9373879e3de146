package dev.burrow.domain.organization;

import dev.burrow.domain.HostApi;

import java.util.Objects;
import java.util.UUID;

/** The UUID that identifies an organization. */
@HostApi
public record OrganizationId(UUID value) {

    public OrganizationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
