package dev.burrow.http.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.burrow.application.user.CurrentOrganization;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.http.json.PostHogTime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PostHog's {@code Organization}: the organization the user works in, with its projects. */
@JsonPropertyOrder({"id", "name", "slug", "logo_media_id", "created_at", "updated_at", "membership_level",
        "plugins_access_level", "teams", "projects", "available_product_features", "is_member_join_email_enabled",
        "metadata", "customer_id", "enforce_2fa", "members_can_invite", "members_can_use_personal_api_keys",
        "allow_publicly_shared_resources", "member_count", "is_ai_data_processing_approved",
        "default_experiment_stats_method", "default_anonymize_ips", "default_role_id", "is_active",
        "is_not_active_reason", "is_pending_deletion"})
record OrganizationResponse(
        String id,
        String name,
        String slug,
        @JsonProperty("logo_media_id") String logoMediaId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("membership_level") int membershipLevel,
        @JsonProperty("plugins_access_level") int pluginsAccessLevel,
        List<TeamResponse> teams,
        List<ProjectResponse> projects,
        @JsonRawValue @JsonProperty("available_product_features") String availableProductFeatures,
        @JsonProperty("is_member_join_email_enabled") boolean isMemberJoinEmailEnabled,
        Map<String, String> metadata,
        @JsonProperty("customer_id") String customerId,
        @JsonProperty("enforce_2fa") Boolean enforce2fa,
        @JsonProperty("members_can_invite") Boolean membersCanInvite,
        @JsonProperty("members_can_use_personal_api_keys") boolean membersCanUsePersonalApiKeys,
        @JsonProperty("allow_publicly_shared_resources") boolean allowPubliclySharedResources,
        @JsonProperty("member_count") int memberCount,
        @JsonProperty("is_ai_data_processing_approved") Boolean isAiDataProcessingApproved,
        @JsonProperty("default_experiment_stats_method") String defaultExperimentStatsMethod,
        @JsonProperty("default_anonymize_ips") boolean defaultAnonymizeIps,
        @JsonProperty("default_role_id") String defaultRoleId,
        @JsonProperty("is_active") Boolean isActive,
        @JsonProperty("is_not_active_reason") String isNotActiveReason,
        @JsonProperty("is_pending_deletion") Boolean isPendingDeletion) {

    static OrganizationResponse from(CurrentOrganization current) {
        Organization organization = current.organization();
        return new OrganizationResponse(organization.id().toString(), organization.name(), organization.slug(),
                organization.logoMediaId(), PostHogTime.format(organization.createdAt()),
                PostHogTime.format(organization.updatedAt()), current.membershipLevel().level(),
                organization.pluginsAccessLevel(), current.projects().stream().map(TeamResponse::from).toList(),
                projects(current.projects()), TeamResponse.raw(organization.availableProductFeatures()),
                organization.memberJoinEmailEnabled(), organization.metadata(), organization.customerId(),
                organization.enforce2fa(), organization.membersCanInvite(),
                organization.membersCanUsePersonalApiKeys(), organization.allowPubliclySharedResources(),
                current.memberCount(), organization.aiDataProcessingApproved(),
                organization.defaultExperimentStatsMethod(), organization.defaultAnonymizeIps(),
                organization.defaultRoleId(), organization.active(), organization.notActiveReason(),
                organization.pendingDeletion());
    }

    /** One entry per PostHog project: environments of the same project share it. */
    private static List<ProjectResponse> projects(List<Project> teams) {
        Map<Long, ProjectResponse> projects = new LinkedHashMap<>();
        for (Project team : teams) {
            projects.putIfAbsent(team.projectNumber(), ProjectResponse.from(team));
        }
        return List.copyOf(projects.values());
    }
}
