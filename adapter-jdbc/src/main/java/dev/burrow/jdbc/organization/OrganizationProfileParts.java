package dev.burrow.jdbc.organization;

import dev.burrow.application.user.ProfileReads;
import dev.burrow.jdbc.database.ProfilePart;
import dev.burrow.jdbc.database.RowReader;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the organizations' tables add to a caller's profile in its one statement: their memberships with each
 * organization and its member count, the projects of the organization the profile shows, and the invites waiting
 * for their address.
 */
public final class OrganizationProfileParts {

    /** The organizations columns, in {@link OrganizationRow}'s order, with their types. */
    private static final String[][] ORGANIZATION = {
            {"id", "uuid"}, {"name", "varchar"}, {"slug", "varchar"}, {"logo_media_id", "varchar"},
            {"created_at", "timestamp with time zone"}, {"updated_at", "timestamp with time zone"},
            {"plugins_access_level", "smallint"}, {"available_product_features", "varchar"},
            {"is_member_join_email_enabled", "boolean"}, {"metadata", "varchar"}, {"customer_id", "varchar"},
            {"enforce_2fa", "boolean"}, {"members_can_invite", "boolean"},
            {"members_can_use_personal_api_keys", "boolean"}, {"allow_publicly_shared_resources", "boolean"},
            {"is_ai_data_processing_approved", "boolean"}, {"default_experiment_stats_method", "varchar"},
            {"default_anonymize_ips", "boolean"}, {"default_role_id", "varchar"}, {"is_active", "boolean"},
            {"is_not_active_reason", "varchar"}, {"is_pending_deletion", "boolean"}};

    /** The projects columns, in {@link ProjectRow}'s order, with their types. */
    private static final String[][] PROJECT = {
            {"id", "bigint"}, {"uuid", "uuid"}, {"organization_id", "uuid"}, {"project_number", "bigint"},
            {"api_token", "varchar"}, {"name", "varchar"}, {"completed_snippet_onboarding", "boolean"},
            {"has_completed_onboarding_for", "varchar"}, {"ingested_event", "boolean"}, {"is_demo", "boolean"},
            {"timezone", "varchar"}, {"access_control", "boolean"}, {"created_at", "timestamp with time zone"}};

    private OrganizationProfileParts() {
    }

    /** The memberships, in the order they were joined, as {@code OrganizationQueries.AFFILIATIONS_OF} reads them. */
    public static ProfilePart memberships() {
        List<ProfilePart.Column> columns = columns("m_", "o.", ORGANIZATION);
        columns.add(new ProfilePart.Column("m_user_id", "m.user_id", "bigint"));
        columns.add(new ProfilePart.Column("m_level", "m.level", "smallint"));
        columns.add(new ProfilePart.Column("m_joined_at", "m.joined_at", "timestamp with time zone"));
        columns.add(new ProfilePart.Column("m_invited_by_id", "m.invited_by_id", "bigint"));
        columns.add(new ProfilePart.Column("m_members",
                "(select count(*) from organization_memberships mc where mc.organization_id = o.id)", "bigint"));
        return new ProfilePart(columns, """
                join organization_memberships m on m.user_id = c.id
                join organizations o on o.id = m.organization_id""", "m.joined_at, m.organization_id", 0,
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
        return new ProfilePart(columns("p_", "pr.", PROJECT), """
                join projects pr on pr.organization_id = coalesce(
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
        return new ProfilePart(List.of(
                new ProfilePart.Column("i_id", "i.id", "uuid"),
                new ProfilePart.Column("i_organization_id", "i.organization_id", "uuid"),
                new ProfilePart.Column("i_organization_name", "io.name", "varchar"),
                new ProfilePart.Column("i_target_email", "i.target_email", "varchar"),
                new ProfilePart.Column("i_created_at", "i.created_at", "timestamp with time zone")), """
                join organization_invites i on i.target_email_folded = c.email_folded
                join organizations io on io.id = i.organization_id
                where i.created_at > :invitesSince and not exists (
                    select 1 from organization_memberships im
                    where im.user_id = c.id and im.organization_id = i.organization_id)""", "i.created_at desc",
                ProfileReads.MAX_PENDING_INVITES, (row, profile) -> profile.invite(
                        new InviteRow(row.uuid(), row.uuid(), row.text(), row.text(), row.instant()).toInvite()));
    }

    private static OrganizationRow organization(RowReader row) throws SQLException {
        return new OrganizationRow(row.uuid(), row.text(), row.text(), row.text(), row.instant(), row.instant(),
                row.intValue(), row.text(), row.bool(), row.text(), row.text(), row.nullableBool(),
                row.nullableBool(), row.bool(), row.bool(), row.nullableBool(), row.text(), row.bool(), row.text(),
                row.nullableBool(), row.text(), row.nullableBool());
    }

    private static List<ProfilePart.Column> columns(String prefix, String alias, String[][] table) {
        List<ProfilePart.Column> columns = new ArrayList<>();
        for (String[] column : table) {
            columns.add(new ProfilePart.Column(prefix + column[0], alias + column[0], column[1]));
        }
        return columns;
    }
}
