package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.ProjectId;

/**
 * The organization and project the user is working in: what PostHog shows as {@code organization} and
 * {@code team}. Either may be unset.
 */
@HostApi
public record CurrentContext(OrganizationId organizationId, ProjectId projectId) {

    public static final CurrentContext NONE = new CurrentContext(null, null);
}
