package dev.burrow.jdbc.organization;

import dev.burrow.application.user.ProfileReads;
import dev.burrow.jdbc.database.JsonRowReader;
import dev.burrow.jdbc.database.ProfilePart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the organizations' tables add to a caller's profile in its one statement: their memberships with each
 * organization and its member count, the projects of the organization the profile shows, and the invites waiting
 * for their address.
 */
public final class OrganizationProfileParts {

    /** The organizations columns, in {@link OrganizationRow}'s order. */
    private static final List<String> ORGANIZATION = List.of("id", "name", "slug", "logo_media_id", "created_at",
            "updated_at", "plugins_access_level", "available_product_features", "is_member_join_email_enabled",
            "metadata", "customer_id", "enforce_2fa", "members_can_invite", "members_can_use_personal_api_keys",
            "allow_publicly_shared_resources", "is_ai_data_processing_approved", "default_experiment_stats_method",
            "default_anonymize_ips", "default_role_id", "is_active", "is_not_active_reason", "is_pending_deletion");

    /** The projects columns, in {@link ProjectRow}'s order. */
    private static final List<String> PROJECT = List.of("id", "uuid", "organization_id", "project_number",
            "api_token", "name", "completed_snippet_onboarding", "has_completed_onboarding_for", "ingested_event",
            "is_demo", "timezone", "access_control", "created_at");

    private OrganizationProfileParts() {
    }

    /** The memberships, in the order they were joined, as {@code OrganizationQueries.AFFILIATIONS_OF} reads them. */
    public static ProfilePart memberships() {
        List<String> elements = elements("o.", ORGANIZATION);
        elements.addAll(List.of("m.user_id", "m.level", "m.joined_at", "m.invited_by_id",
                "(select count(*) from organization_memberships mc where mc.organization_id = o.id)"));
        return new ProfilePart.Rows(elements, """
                organization_memberships m join organizations o on o.id = m.organization_id
                where m.user_id = c.id""", "m.joined_at, m.organization_id", 0,
                (row, profile) -> {
                    OrganizationRow organization = organization(row);
                    profile.affiliation(new AffiliationRow(organization, row.longValue(), row.intValue(),
                            row.instant(), row.nullableLong(), row.intValue()).toAffiliation());
                });
    }

    /**
     * The projects of the organization the profile shows: the one the user last chose while they are in it, else
     * the first they joined ({@code ComposedProfileReads.chosenOrganization}, in SQL).
     */
    public static ProfilePart projects() {
        return new ProfilePart.Rows(elements("pr.", PROJECT), """
                projects pr where pr.organization_id = coalesce(
                    (select mc.organization_id from organization_memberships mc
                     where mc.user_id = c.id and mc.organization_id = c.current_organization_id),
                    (select mf.organization_id from organization_memberships mf
                     where mf.user_id = c.id order by mf.joined_at, mf.organization_id limit 1))""", "pr.id", 0,
                (row, profile) -> profile.project(new ProjectRow(row.longValue(), row.uuid(), row.uuid(),
                        row.longValue(), row.text(), row.text(), row.bool(), row.text(), row.bool(), row.bool(),
                        row.text(), row.bool(), row.instant()).toProject()));
    }

    /** The invites to the user's address not yet expired, to organizations they are not in, newest first. */
    public static ProfilePart invites() {
        return new ProfilePart.Rows(List.of("i.id", "i.organization_id", "io.name", "i.target_email", "i.created_at"),
                """
                organization_invites i join organizations io on io.id = i.organization_id
                where i.target_email_folded = c.email_folded and i.created_at > :invitesSince and not exists (
                    select 1 from organization_memberships im
                    where im.user_id = c.id and im.organization_id = i.organization_id)""", "i.created_at desc",
                ProfileReads.MAX_PENDING_INVITES, (row, profile) -> profile.invite(
                        new InviteRow(row.uuid(), row.uuid(), row.text(), row.text(), row.instant()).toInvite()));
    }

    private static OrganizationRow organization(JsonRowReader row) throws IOException {
        return new OrganizationRow(row.uuid(), row.text(), row.text(), row.text(), row.instant(), row.instant(),
                row.intValue(), row.text(), row.bool(), row.text(), row.text(), row.nullableBool(),
                row.nullableBool(), row.bool(), row.bool(), row.nullableBool(), row.text(), row.bool(), row.text(),
                row.nullableBool(), row.text(), row.nullableBool());
    }

    private static List<String> elements(String alias, List<String> columns) {
        List<String> elements = new ArrayList<>();
        for (String column : columns) {
            elements.add(alias + column);
        }
        return elements;
    }
}
