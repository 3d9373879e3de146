package dev.burrow.application.contract;

import dev.burrow.application.organization.Affiliation;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every organization directory (and burrow's own registry behind it) must do. */
public abstract class OrganizationDirectoryContract extends PersistenceContract {

    @Test
    void an_organization_reads_back_with_every_setting() {
        Organization organization = new Organization(OrganizationId.random(), "Acme Inc", "acme-inc",
                "5b0d0e4e-3f7a-4a1e-9d1c-3c5d8a7e9f01", Instant.parse("2024-01-01T00:00:00.5Z"),
                Instant.parse("2024-02-01T00:00:00Z"), 6, new JsonDocument("[\"sso\"]"), false,
                Map.of("plan", "scale"), "cus_123", true, false, false, true, true, "frequentist", true,
                "role-1", false, "billing", true);

        persistence.registry().add(organization);

        assertThat(persistence.directory().organization(organization.id())).contains(organization);
        assertThat(persistence.registry().slugExists("acme-inc")).isTrue();
        assertThat(persistence.registry().slugExists("acme")).isFalse();
        assertThat(persistence.directory().organization(OrganizationId.random())).isEmpty();
    }

    @Test
    void projects_read_back_and_list_by_id_per_organization() {
        Organization acme = data.organization("Acme");
        Organization globex = data.organization("Globex");
        Project web = data.project(acme, "Web");
        Project other = data.project(globex, "Other");
        Project app = new Project(persistence.registry().nextProjectId(), UUID.randomUUID(), acme.id(), web.id().value(),
                "phc_app", "App", true, new JsonDocument("{\"product_analytics\": true}"), true, true,
                "Europe/Paris", true, Instant.parse("2024-03-01T10:00:00Z"));
        persistence.registry().add(app);

        assertThat(persistence.directory().project(app.id())).contains(app);
        assertThat(persistence.directory().project(new ProjectId(999_999))).isEmpty();
        Map<OrganizationId, List<Project>> projects = persistence.directory()
                .projectsOf(List.of(acme.id(), globex.id(), OrganizationId.random()));
        assertThat(projects).containsOnlyKeys(acme.id(), globex.id());
        assertThat(projects.get(acme.id())).containsExactly(web, app);
        assertThat(projects.get(globex.id())).containsExactly(other);
    }

    /** The storage keeps what the access rule reads: the project's {@code access_control} and each member's level. */
    @Test
    void a_private_project_reaches_the_organizations_admins_and_owners_only() {
        Organization acme = data.organization("Acme");
        Project secret = data.privateProject(acme, "Secret");
        Project web = data.project(acme, "Web");
        User member = data.user("member@example.com");
        User admin = data.user("admin@example.com");
        User owner = data.user("owner@example.com");
        data.member(acme, member, MembershipLevel.MEMBER);
        data.member(acme, admin, MembershipLevel.ADMIN);
        data.member(acme, owner, MembershipLevel.OWNER);

        Map<dev.burrow.domain.user.UserId, List<Affiliation>> affiliations =
                persistence.directory().affiliationsOf(List.of(member.id(), admin.id(), owner.id()));
        List<Project> projects = persistence.directory().projectsOf(List.of(acme.id())).get(acme.id());

        assertThat(persistence.directory().project(secret.id()).orElseThrow().accessControl()).isTrue();
        assertThat(affiliations.get(member.id()).get(0).reachable(projects)).containsExactly(web);
        assertThat(affiliations.get(admin.id()).get(0).reachable(projects)).containsExactly(secret, web);
        assertThat(affiliations.get(owner.id()).get(0).reachable(projects)).containsExactly(secret, web);
        assertThat(affiliations.get(member.id()).get(0).reaches(data.project(data.organization("Globex"), "Other")))
                .isFalse();
    }

    @Test
    void affiliations_come_in_the_order_the_user_joined_with_their_organization() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        Organization later = data.organization("Later");
        Organization earlier = data.organization("Earlier");
        OrganizationMembership first = data.member(earlier, ada, MembershipLevel.OWNER);
        OrganizationMembership second = data.member(later, ada, MembershipLevel.MEMBER, bob.id());
        OrganizationMembership bobs = data.member(later, bob, MembershipLevel.ADMIN);

        Map<dev.burrow.domain.user.UserId, List<Affiliation>> affiliations =
                persistence.directory().affiliationsOf(List.of(ada.id(), bob.id(), data.user("cyd@example.com").id()));

        assertThat(affiliations).containsOnlyKeys(ada.id(), bob.id());
        assertThat(affiliations.get(ada.id())).containsExactly(new Affiliation(earlier, first, 1),
                new Affiliation(later, second, 2));
        assertThat(affiliations.get(bob.id())).containsExactly(new Affiliation(later, bobs, 2));
        assertThat(persistence.registry().firstMemberOf(later.id())).contains(ada.id());
        assertThat(persistence.registry().firstMemberOf(data.organization("Empty").id())).isEmpty();
    }

    @Test
    void a_second_membership_in_the_same_organization_is_a_conflict() {
        User ada = data.user("ada@example.com");
        Organization acme = data.organization("Acme");
        data.member(acme, ada, MembershipLevel.MEMBER);

        assertThatThrownBy(() -> data.member(acme, ada, MembershipLevel.ADMIN))
                .isInstanceOf(ConflictException.class)
                .hasMessage("This user is already a member of this organization.");
    }

    @Test
    void invites_are_matched_case_insensitively_newest_first_within_the_window() {
        Organization acme = data.organization("Acme");
        Organization globex = data.organization("Globex");
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        Invite old = data.invite(acme, "ada@example.com", now.minus(Duration.ofDays(4)));
        Invite recent = data.invite(acme, "ADA@example.com", now.minus(Duration.ofHours(5)));
        Invite newest = data.invite(globex, "ada@Example.com", now.minus(Duration.ofHours(1)));
        data.invite(globex, "bob@example.com", now.minus(Duration.ofHours(1)));

        List<Invite> found = persistence.directory().invitesFor("Ada@example.com", now.minus(Duration.ofDays(3)), 25);

        assertThat(found).containsExactly(newest, recent);
        assertThat(found).doesNotContain(old);
        assertThat(found.get(0).organizationName()).isEqualTo("Globex");
        assertThat(persistence.directory().invitesFor("ada@example.com", now.minus(Duration.ofDays(3)), 1))
                .containsExactly(newest);
    }
}
