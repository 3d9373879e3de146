package dev.burrow.application.contract;

import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.user.ComposedProfileReads;
import dev.burrow.application.user.ProfileReads;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ProfileReads} must read: the one statement over burrow's tables (H2, PostgreSQL) and the ports
 * one after another ({@link ComposedProfileReads}, over the fakes) find the same caller and the same facts.
 */
public abstract class ProfileReadsContract extends PersistenceContract {

    private final SecureRandom random = new SecureRandom();

    /** The reads under test; the ports one after another unless the storage has its own. */
    protected ProfileReads reads() {
        return new ComposedProfileReads(persistence.apiKeys(), persistence.sessions(), persistence.users(),
                persistence.directory(), persistence.scenes(), persistence.totpDevices());
    }

    private Instant since() {
        return data.now().minus(Duration.ofDays(3));
    }

    @Test
    void a_key_finds_its_holder_and_everything_their_profile_shows() {
        Organization acme = data.organization("Acme");
        Organization globex = data.organization("Globex");
        Organization initech = data.organization("Initech");
        Organization umbrella = data.organization("Umbrella");
        Organization hooli = data.organization("Hooli");
        data.project(acme, "Acme web");
        Project web = data.project(globex, "Globex web");
        Project secret = data.privateProject(globex, "Globex private");
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        data.member(acme, ada, MembershipLevel.MEMBER);
        data.member(globex, bob, MembershipLevel.OWNER);
        data.member(globex, ada, MembershipLevel.ADMIN);
        ada = persistence.users().update(ada.withCurrentContext(new CurrentContext(globex.id(), null)));
        persistence.scenes().save(new ScenePersonalisation(ada.id(), web.id(), "Person", null));
        persistence.totpDevices().save(TotpDevice.confirmed(ada.id(), TotpSecret.generate(random), 100, data.now()));
        Invite older = data.invite(initech, "ada@example.com", data.now().minus(Duration.ofDays(1)));
        Invite newer = data.invite(umbrella, "Ada@Example.com", data.now().minus(Duration.ofHours(1)));
        data.invite(acme, "ada@example.com", data.now().minus(Duration.ofHours(2)));
        data.invite(hooli, "ada@example.com", data.now().minus(Duration.ofDays(4)));
        data.invite(hooli, "bob@example.com", data.now());
        PersonalApiKey.Issued key = data.apiKey(ada, ApiScopes.parse(List.of("user:read")));

        ProfileReads.KeyAndProfile found = reads().byKey(key.key().secureValue(), since()).orElseThrow();

        assertThat(found.key()).isEqualTo(key.key());
        assertThat(found.holder()).isEqualTo(ada);
        ProfileFacts profile = found.profile();
        assertThat(profile.affiliations()).extracting(a -> a.organization().name()).containsExactly("Acme", "Globex");
        assertThat(profile.affiliations()).extracting(Affiliation::memberCount).containsExactly(1, 2);
        assertThat(profile.affiliations().get(1).organization()).isEqualTo(globex);
        assertThat(profile.affiliations().get(1).membership().level()).isEqualTo(MembershipLevel.ADMIN);
        assertThat(profile.projectsOf()).isEqualTo(globex.id());
        assertThat(profile.projects()).containsExactly(web, secret);
        assertThat(profile.scenes()).containsExactly(new ScenePersonalisation(ada.id(), web.id(), "Person", null));
        assertThat(profile.secondFactor()).isTrue();
        assertThat(profile.invites()).extracting(Invite::id).containsExactly(newer.id(), older.id());
    }

    /**
     * Passkeys (issue 13): a verified passkey with {@code passkeys_enabled_for_2fa} is a second factor on either
     * path; an unverified one, or the setting alone, is not.
     */
    @Test
    void a_verified_passkey_turned_on_for_2fa_is_a_second_factor() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        User cy = data.user("cy@example.com");
        WebauthnCredential adas = WebauthnCredential.registered(ada.id(), "adas".getBytes(), "Passkey",
                new byte[]{1, 2, 3}, -7, 0, List.of("internal"), data.tick(), random);
        WebauthnCredential bobs = WebauthnCredential.registered(bob.id(), "bobs".getBytes(), "Passkey",
                new byte[]{1, 2, 3}, -7, 0, List.of("internal"), data.tick(), random);
        persistence.webauthnCredentials().add(adas);
        persistence.webauthnCredentials().add(bobs);
        persistence.webauthnCredentials().markVerified(adas.id(), 0);
        for (User user : List.of(ada, bob)) {
            User stored = persistence.users().byId(user.id()).orElseThrow();
            persistence.users().update(stored.withPreferences(
                    stored.preferences().toBuilder().passkeysEnabledFor2fa(true).build()));
        }
        WebauthnCredential cys = WebauthnCredential.registered(cy.id(), "cys".getBytes(), "Passkey",
                new byte[]{1, 2, 3}, -7, 0, List.of("internal"), data.tick(), random);
        persistence.webauthnCredentials().add(cys);
        persistence.webauthnCredentials().markVerified(cys.id(), 0);

        assertThat(reads().of(persistence.users().byId(ada.id()).orElseThrow(), since()).secondFactor()).isTrue();
        assertThat(reads().of(persistence.users().byId(bob.id()).orElseThrow(), since()).secondFactor()).isFalse();
        assertThat(reads().of(persistence.users().byId(cy.id()).orElseThrow(), since()).secondFactor()).isFalse();
        User dee = data.user("dee@example.com");
        persistence.totpDevices().save(TotpDevice.confirmed(dee.id(), TotpSecret.generate(random), 100, data.now()));
        assertThat(persistence.totpDevices().withSecondFactor(List.of(ada.id(), bob.id(), cy.id(), dee.id())))
                .isEqualTo(Set.of(ada.id(), dee.id()));
    }

    @Test
    void a_profile_shows_the_first_organization_joined_when_the_chosen_one_is_not_theirs() {
        Organization acme = data.organization("Acme");
        Organization globex = data.organization("Globex");
        Project web = data.project(acme, "Acme web");
        data.project(globex, "Globex web");
        User ada = data.user("ada@example.com");
        data.member(acme, ada, MembershipLevel.MEMBER);
        ada = persistence.users().update(ada.withCurrentContext(new CurrentContext(globex.id(), null)));

        ProfileFacts profile = reads().of(ada, since());

        assertThat(profile.projectsOf()).isEqualTo(acme.id());
        assertThat(profile.projects()).containsExactly(web);
        assertThat(profile.secondFactor()).isFalse();
    }

    @Test
    void a_session_finds_its_user_and_their_profile_and_nobody_has_an_empty_one() {
        User ada = data.user("ada@example.com");
        Session session = Session.open(ada.id(), data.now(), random).session();
        persistence.sessions().add(session);

        ProfileReads.SessionAndProfile found = reads().bySession(session.id(), since()).orElseThrow();

        assertThat(found.session()).isEqualTo(session);
        assertThat(found.user()).isEqualTo(ada);
        assertThat(found.profile()).isEqualTo(new ProfileFacts(List.of(), null, List.of(), List.of(), false,
                List.of()));
        assertThat(reads().bySession("no such session", since())).isEmpty();
        assertThat(reads().byKey(PersonalApiKey.secureValueOf("phx_nosuchkey"), since())).isEmpty();
    }

    @Test
    void no_more_than_the_pending_invites_a_profile_shows_are_read() {
        User ada = data.user("ada@example.com");
        for (int i = 0; i < ProfileReads.MAX_PENDING_INVITES + 3; i++) {
            data.invite(data.organization("Org " + i), "ada@example.com", data.tick());
        }

        List<Invite> invites = reads().of(ada, since()).invites();

        assertThat(invites).hasSize(ProfileReads.MAX_PENDING_INVITES);
        assertThat(invites.get(0).organizationName()).isEqualTo("Org " + (ProfileReads.MAX_PENDING_INVITES + 2));
    }

    /**
     * What a careless reading of a whole profile in one statement would get wrong (issue 15: it comes back as JSON
     * on H2 and PostgreSQL): names with quotes, backslashes and characters beyond ASCII, nulls among values,
     * instants to the microsecond, memberships in the order they were joined (not the organizations' order), an
     * organization's many members counted, and the newest of many invites, in order, cut to those a profile shows.
     */
    @Test
    void names_nulls_microseconds_orders_and_counts_come_back_exactly() {
        String odd = "Ada's \"Q\" \\ co, Z\u00fcrich \u2713 \ud83d\ude00 \t\u0001 end";
        Instant micros = Instant.parse("2026-11-27T09:00:00.123456Z");
        Organization strange = Organization.create(OrganizationId.random(), odd, "strange-" + random.nextInt(1 << 30),
                micros);
        persistence.registry().add(strange);
        Organization big = data.organization("Big");
        Organization first = data.organization("First");
        Project project = data.project(first, odd);
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        OrganizationMembership inFirst = new OrganizationMembership(first.id(), ada.id(), MembershipLevel.MEMBER,
                micros.plusNanos(1_000), null);
        OrganizationMembership inStrange = new OrganizationMembership(strange.id(), ada.id(), MembershipLevel.OWNER,
                micros.plusMillis(500), bob.id());
        OrganizationMembership inBig = new OrganizationMembership(big.id(), ada.id(), MembershipLevel.ADMIN,
                micros.plusSeconds(1).plusNanos(999_999_000), null);
        for (OrganizationMembership membership : List.of(inBig, inFirst, inStrange)) {
            persistence.registry().add(membership);
        }
        int members = 30;
        for (int i = 0; i < members; i++) {
            data.member(big, data.user("member" + i + "@example.com"), MembershipLevel.MEMBER);
        }
        persistence.scenes().save(new ScenePersonalisation(ada.id(), project.id(), "Sc\"ene\\ \u00e9", null));
        List<Invite> invites = new ArrayList<>();
        for (int i = 0; i < ProfileReads.MAX_PENDING_INVITES + 4; i++) {
            Organization inviting = data.organization(i % 2 == 0 ? odd + " " + i : "Org " + i);
            invites.add(data.invite(inviting, "Ada@example.com", data.now().minus(Duration.ofHours(1))
                    .plusNanos(1_000L * ((i * 7919L) % 101))));
        }

        ProfileFacts profile = reads().of(ada, since());

        assertThat(profile.affiliations()).containsExactly(new Affiliation(first, inFirst, 1),
                new Affiliation(strange, inStrange, 1), new Affiliation(big, inBig, members + 1));
        assertThat(profile.affiliations().get(1).organization().name()).isEqualTo(odd);
        assertThat(profile.affiliations().get(1).organization().logoMediaId()).isNull();
        assertThat(profile.affiliations().get(1).organization().createdAt()).isEqualTo(micros);
        assertThat(profile.projectsOf()).isEqualTo(first.id());
        assertThat(profile.projects()).containsExactly(project);
        assertThat(profile.scenes()).containsExactly(
                new ScenePersonalisation(ada.id(), project.id(), "Sc\"ene\\ \u00e9", null));
        assertThat(profile.invites()).containsExactlyElementsOf(invites.stream()
                .sorted(Comparator.comparing(Invite::createdAt).reversed())
                .limit(ProfileReads.MAX_PENDING_INVITES).toList());
    }
}
