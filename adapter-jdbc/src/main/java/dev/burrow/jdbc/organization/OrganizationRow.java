package dev.burrow.jdbc.organization;

import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.jdbc.database.JsonColumns;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code organizations}. */
record OrganizationRow(
        UUID id,
        String name,
        String slug,
        String logoMediaId,
        Instant createdAt,
        Instant updatedAt,
        int pluginsAccessLevel,
        String availableProductFeatures,
        boolean isMemberJoinEmailEnabled,
        String metadata,
        String customerId,
        Boolean enforce2fa,
        Boolean membersCanInvite,
        boolean membersCanUsePersonalApiKeys,
        boolean allowPubliclySharedResources,
        Boolean isAiDataProcessingApproved,
        String defaultExperimentStatsMethod,
        boolean defaultAnonymizeIps,
        String defaultRoleId,
        Boolean isActive,
        String isNotActiveReason,
        Boolean isPendingDeletion) {

    static OrganizationRow of(Organization organization) {
        return new OrganizationRow(
                organization.id().value(),
                organization.name(),
                organization.slug(),
                organization.logoMediaId(),
                organization.createdAt(),
                organization.updatedAt(),
                organization.pluginsAccessLevel(),
                JsonColumns.text(organization.availableProductFeatures()),
                organization.memberJoinEmailEnabled(),
                JsonColumns.write(organization.metadata()),
                organization.customerId(),
                organization.enforce2fa(),
                organization.membersCanInvite(),
                organization.membersCanUsePersonalApiKeys(),
                organization.allowPubliclySharedResources(),
                organization.aiDataProcessingApproved(),
                organization.defaultExperimentStatsMethod(),
                organization.defaultAnonymizeIps(),
                organization.defaultRoleId(),
                organization.active(),
                organization.notActiveReason(),
                organization.pendingDeletion());
    }

    Organization toOrganization() {
        return new Organization(
                new OrganizationId(id),
                name,
                slug,
                logoMediaId,
                createdAt,
                updatedAt,
                pluginsAccessLevel,
                JsonColumns.document(availableProductFeatures),
                isMemberJoinEmailEnabled,
                JsonColumns.stringMap(metadata),
                customerId,
                enforce2fa,
                membersCanInvite,
                membersCanUsePersonalApiKeys,
                allowPubliclySharedResources,
                isAiDataProcessingApproved,
                defaultExperimentStatsMethod,
                defaultAnonymizeIps,
                defaultRoleId,
                isActive,
                isNotActiveReason,
                isPendingDeletion);
    }
}
