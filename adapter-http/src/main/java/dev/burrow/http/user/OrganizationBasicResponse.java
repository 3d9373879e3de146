package dev.burrow.http.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.burrow.application.organization.Affiliation;
import dev.burrow.domain.organization.Organization;

/** PostHog's {@code OrganizationBasic}: one of the organizations the user belongs to. */
@JsonPropertyOrder({"id", "name", "slug", "logo_media_id", "membership_level", "members_can_use_personal_api_keys",
        "is_active", "is_not_active_reason", "is_pending_deletion"})
record OrganizationBasicResponse(
        String id,
        String name,
        String slug,
        @JsonProperty("logo_media_id") String logoMediaId,
        @JsonProperty("membership_level") int membershipLevel,
        @JsonProperty("members_can_use_personal_api_keys") boolean membersCanUsePersonalApiKeys,
        @JsonProperty("is_active") Boolean isActive,
        @JsonProperty("is_not_active_reason") String isNotActiveReason,
        @JsonProperty("is_pending_deletion") Boolean isPendingDeletion) {

    static OrganizationBasicResponse from(Affiliation affiliation) {
        Organization organization = affiliation.organization();
        return new OrganizationBasicResponse(organization.id().toString(), organization.name(), organization.slug(),
                organization.logoMediaId(), affiliation.membership().level().level(),
                organization.membersCanUsePersonalApiKeys(), organization.active(), organization.notActiveReason(),
                organization.pendingDeletion());
    }
}
