package dev.burrow.application.contract;

import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.user.ComposedUserPageReads;
import dev.burrow.application.user.UserFilter;
import dev.burrow.application.user.UserPageReads;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link UserPageReads} must read: the one statement over burrow's tables (H2, PostgreSQL) and the ports
 * one after another ({@link ComposedUserPageReads}, over the fakes) find the same count, page and facts.
 */
public abstract class UserPageReadsContract extends PersistenceContract {

    private final SecureRandom random = new SecureRandom();

    /** The reads under test; the ports one after another unless the storage has its own. */
    protected UserPageReads reads() {
        return new ComposedUserPageReads(persistence.users(), persistence.directory(), persistence.scenes(),
                persistence.totpDevices());
    }

    private Instant since() {
        return data.now().minus(Duration.ofDays(3));
    }

    @Test
    void a_page_holds_the_count_and_each_users_facts_with_invites_for_the_viewer_only() {
        Organization acme = data.organization("Acme");
        Organization globex = data.organization("Globex");
        Organization initech = data.organization("Initech");
        Project acmeWeb = data.project(acme, "Acme web");
        Project web = data.project(globex, "Globex web");
        Project secret = data.privateProject(globex, "Globex private");
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        User cy = data.user("cy@example.com");
        User gone = data.user("gone@example.com");
        persistence.users().update(gone.withActive(false));
        data.member(acme, ada, MembershipLevel.MEMBER);
        data.member(globex, bob, MembershipLevel.OWNER);
        data.member(globex, ada, MembershipLevel.ADMIN);
        ada = persistence.users().update(ada.withCurrentContext(new CurrentContext(globex.id(), null)));
        persistence.scenes().save(new ScenePersonalisation(ada.id(), web.id(), "Person", null));
        persistence.scenes().save(new ScenePersonalisation(bob.id(), web.id(), "Home", null));
        persistence.totpDevices().save(TotpDevice.confirmed(bob.id(), TotpSecret.generate(random), 100, data.now()));
        Invite adas = data.invite(initech, "ada@example.com", data.now().minus(Duration.ofHours(1)));
        data.invite(initech, "bob@example.com", data.now().minus(Duration.ofHours(1)));

        UserPageReads.Page first = reads().page(UserFilter.ALL, 2, 0, ada.id(), since());

        assertThat(first.count()).isEqualTo(3);
        assertThat(first.users()).extracting(UserPageReads.UserAndProfile::user).containsExactly(ada, bob);
        ProfileFacts adasFacts = first.users().get(0).profile();
        assertThat(adasFacts.affiliations()).extracting(a -> a.organization().name())
                .containsExactly("Acme", "Globex");
        assertThat(adasFacts.affiliations()).extracting(Affiliation::memberCount).containsExactly(1, 2);
        assertThat(adasFacts.projectsOf()).isEqualTo(globex.id());
        assertThat(adasFacts.projects()).containsExactly(web, secret);
        assertThat(adasFacts.scenes()).containsExactly(new ScenePersonalisation(ada.id(), web.id(), "Person", null));
        assertThat(adasFacts.secondFactor()).isFalse();
        assertThat(adasFacts.invites()).extracting(Invite::id).containsExactly(adas.id());
        ProfileFacts bobsFacts = first.users().get(1).profile();
        assertThat(bobsFacts.affiliations()).extracting(a -> a.membership().level())
                .containsExactly(MembershipLevel.OWNER);
        assertThat(bobsFacts.projects()).containsExactly(web, secret);
        assertThat(bobsFacts.scenes()).containsExactly(new ScenePersonalisation(bob.id(), web.id(), "Home", null));
        assertThat(bobsFacts.secondFactor()).isTrue();
        assertThat(bobsFacts.invites()).isEmpty();

        UserPageReads.Page second = reads().page(UserFilter.ALL, 2, 2, ada.id(), since());
        assertThat(second.count()).isEqualTo(3);
        assertThat(second.users()).extracting(UserPageReads.UserAndProfile::user).containsExactly(cy);
        ProfileFacts cysFacts = second.users().get(0).profile();
        assertThat(cysFacts.affiliations()).isEmpty();
        assertThat(cysFacts.projects()).isEmpty();
        assertThat(cysFacts.scenes()).isEmpty();
        assertThat(acmeWeb).isNotNull();
    }

    @Test
    void past_the_last_user_a_page_is_empty_and_still_counts() {
        User ada = data.user("ada@example.com");
        data.user("bob@example.com");

        UserPageReads.Page page = reads().page(UserFilter.ALL, 100, 2, ada.id(), since());

        assertThat(page.count()).isEqualTo(2);
        assertThat(page.users()).isEmpty();
        assertThat(reads().page(UserFilter.ALL, 100, 5000, ada.id(), since()).count()).isEqualTo(2);
    }

    @Test
    void the_filters_narrow_both_the_count_and_the_page() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        User root = persistence.users().update(data.user("root@example.com").withStaff(true));

        UserPageReads.Page onlyAda = reads().page(new UserFilter(ada.id(), null, null), 100, 0, ada.id(), since());
        assertThat(onlyAda.count()).isEqualTo(1);
        assertThat(onlyAda.users()).extracting(UserPageReads.UserAndProfile::user).containsExactly(ada);

        UserPageReads.Page byEmail = reads().page(new UserFilter(null, "bob@example.com", null), 100, 0, root.id(),
                since());
        assertThat(byEmail.count()).isEqualTo(1);
        assertThat(byEmail.users()).extracting(UserPageReads.UserAndProfile::user).containsExactly(bob);

        UserPageReads.Page staff = reads().page(new UserFilter(null, null, true), 100, 0, root.id(), since());
        assertThat(staff.count()).isEqualTo(1);
        assertThat(staff.users()).extracting(UserPageReads.UserAndProfile::user).containsExactly(root);
        assertThat(reads().page(new UserFilter(null, null, false), 1, 1, root.id(), since()).users())
                .extracting(UserPageReads.UserAndProfile::user).containsExactly(bob);
    }

    @Test
    void a_user_found_by_uuid_comes_with_their_profile_while_active() {
        Organization acme = data.organization("Acme");
        Project web = data.project(acme, "Acme web");
        User ada = data.user("ada@example.com");
        User root = persistence.users().update(data.user("root@example.com").withStaff(true));
        User gone = persistence.users().update(data.user("gone@example.com").withActive(false));
        data.member(acme, ada, MembershipLevel.MEMBER);
        data.invite(data.organization("Initech"), "ada@example.com", data.now().minus(Duration.ofHours(1)));

        UserPageReads.UserAndProfile found = reads().activeByUuid(ada.uuid(), root.id(), since()).orElseThrow();

        assertThat(found.user()).isEqualTo(ada);
        assertThat(found.profile().affiliations()).extracting(a -> a.organization().name()).containsExactly("Acme");
        assertThat(found.profile().projects()).containsExactly(web);
        assertThat(found.profile().invites()).as("only the viewer's own invites").isEmpty();
        assertThat(reads().activeByUuid(ada.uuid(), ada.id(), since()).orElseThrow().profile().invites()).hasSize(1);
        assertThat(reads().activeByUuid(gone.uuid(), root.id(), since())).isEmpty();
        assertThat(reads().activeByUuid(java.util.UUID.randomUUID(), root.id(), since())).isEmpty();
    }
}
