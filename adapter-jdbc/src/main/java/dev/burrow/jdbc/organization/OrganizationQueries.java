package dev.burrow.jdbc.organization;

import dev.burrow.jdbc.database.BindRecord;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The SQL of organizations, their projects, memberships and invites. */
interface OrganizationQueries {

    String ORGANIZATION_COLUMNS = """
            o.id, o.name, o.slug, o.logo_media_id, o.created_at, o.updated_at, o.plugins_access_level,
            o.available_product_features, o.is_member_join_email_enabled, o.metadata, o.customer_id, o.enforce_2fa,
            o.members_can_invite, o.members_can_use_personal_api_keys, o.allow_publicly_shared_resources,
            o.is_ai_data_processing_approved, o.default_experiment_stats_method, o.default_anonymize_ips,
            o.default_role_id, o.is_active, o.is_not_active_reason, o.is_pending_deletion
            """;

    String PROJECT_COLUMNS = """
            id, uuid, organization_id, project_number, api_token, name, completed_snippet_onboarding,
            has_completed_onboarding_for, ingested_event, is_demo, timezone, access_control, created_at
            """;

    @SqlUpdate("""
            insert into organizations (
                id, name, slug, logo_media_id, created_at, updated_at, plugins_access_level,
                available_product_features, is_member_join_email_enabled, metadata, customer_id, enforce_2fa,
                members_can_invite, members_can_use_personal_api_keys, allow_publicly_shared_resources,
                is_ai_data_processing_approved, default_experiment_stats_method, default_anonymize_ips,
                default_role_id, is_active, is_not_active_reason, is_pending_deletion
            ) values (
                :id, :name, :slug, :logoMediaId, :createdAt, :updatedAt, :pluginsAccessLevel,
                :availableProductFeatures, :isMemberJoinEmailEnabled, :metadata, :customerId, :enforce2fa,
                :membersCanInvite, :membersCanUsePersonalApiKeys, :allowPubliclySharedResources,
                :isAiDataProcessingApproved, :defaultExperimentStatsMethod, :defaultAnonymizeIps,
                :defaultRoleId, :isActive, :isNotActiveReason, :isPendingDeletion)
            """)
    void insertOrganization(@BindRecord OrganizationRow organization);

    @SqlQuery("select " + ORGANIZATION_COLUMNS + " from organizations o where o.id = :id")
    Optional<OrganizationRow> organization(@Bind("id") UUID id);

    @SqlQuery("select exists (select 1 from organizations where slug = :slug)")
    boolean slugExists(@Bind("slug") String slug);

    @SqlQuery("select nextval('project_ids')")
    long nextProjectId();

    @SqlUpdate("insert into projects (" + PROJECT_COLUMNS + """
            ) values (
                :id, :uuid, :organizationId, :projectNumber, :apiToken, :name, :completedSnippetOnboarding,
                :hasCompletedOnboardingFor, :ingestedEvent, :isDemo, :timezone, :accessControl, :createdAt)
            """)
    void insertProject(@BindRecord ProjectRow project);

    @SqlQuery("select " + PROJECT_COLUMNS + " from projects where id = :id")
    Optional<ProjectRow> project(@Bind("id") long id);

    String PROJECTS_OF = "select " + PROJECT_COLUMNS
            + " from projects where organization_id in (<organizations>) order by id";

    @SqlUpdate("""
            insert into organization_memberships (
                id, organization_id, user_id, level, joined_at, updated_at, invited_by_id
            ) values (:id, :organizationId, :userId, :level, :joinedAt, :updatedAt, :invitedById)
            """)
    void insertMembership(@BindRecord MembershipRow membership);

    // Memberships joined at the same instant have no order of their own; the organization id makes it stable.
    String AFFILIATIONS_OF = "select " + ORGANIZATION_COLUMNS + """
            , m.user_id, m.level, m.joined_at, m.invited_by_id,
              (select count(*) from organization_memberships c where c.organization_id = o.id) as members
            from organization_memberships m
            join organizations o on o.id = m.organization_id
            where m.user_id in (<users>)
            order by m.user_id, m.joined_at, m.organization_id
            """;

    @SqlQuery("""
            select user_id from organization_memberships
            where organization_id = :organization
            order by joined_at, user_id
            limit 1
            """)
    Optional<Long> firstMemberOf(@Bind("organization") UUID organization);

    @SqlUpdate("""
            insert into organization_invites (id, organization_id, target_email, target_email_folded, created_at)
            values (:id, :organizationId, :targetEmail, :targetEmailFolded, :createdAt)
            """)
    void insertInvite(@Bind("id") UUID id, @Bind("organizationId") UUID organizationId,
                      @Bind("targetEmail") String targetEmail, @Bind("targetEmailFolded") String targetEmailFolded,
                      @Bind("createdAt") Instant createdAt);

    String INVITES_FOR = """
            select i.id, i.organization_id, o.name as organization_name, i.target_email, i.created_at
            from organization_invites i
            join organizations o on o.id = i.organization_id
            where i.target_email_folded = :folded and i.created_at > :createdAfter
            order by i.created_at desc
            limit :limit
            """;
}
