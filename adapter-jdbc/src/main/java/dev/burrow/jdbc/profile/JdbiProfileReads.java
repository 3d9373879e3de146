package dev.burrow.jdbc.profile;

import dev.burrow.application.apikey.PersonalApiKeyRepository.KeyAndHolder;
import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.application.user.ProfileReads;
import dev.burrow.domain.user.User;
import dev.burrow.jdbc.apikey.KeyProfileCaller;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.ProfileCaller;
import dev.burrow.jdbc.database.ProfilePart;
import dev.burrow.jdbc.organization.OrganizationProfileParts;
import dev.burrow.jdbc.scene.SceneProfilePart;
import dev.burrow.jdbc.session.SessionProfileCaller;
import dev.burrow.jdbc.session.SessionProfileCaller.SessionAndUser;
import dev.burrow.jdbc.twofactor.SecondFactorProfilePart;
import dev.burrow.jdbc.user.UserProfileCaller;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A caller and their whole profile in one statement over burrow's own tables ({@link ProfileStatement}): {@code
 * GET @me} is one round trip to the database, whether it came with a key or a session. Nothing is cached.
 *
 * <p>A new fact of the profile is a {@link ProfilePart} in its slice's package (its columns, its rows for the
 * caller {@code c}, their order, and how a row is read into the {@code GatheredProfile}), added to {@link #PARTS};
 * a fact that is a flag on an existing part (a passkey counting as a second factor) is one more condition there.
 */
public final class JdbiProfileReads implements ProfileReads {

    /** The parts of every profile, in the order their rows come. */
    private static final List<ProfilePart> PARTS = List.of(OrganizationProfileParts.memberships(),
            OrganizationProfileParts.projects(), SceneProfilePart.scenes(), SecondFactorProfilePart.secondFactor(),
            OrganizationProfileParts.invites());

    private final Database database;
    /** What H2 runs instead, for now: the ports one after another (see {@link #oneStatement}). */
    private final ProfileReads onH2;
    private volatile Boolean postgres;
    private final ProfileStatement<KeyAndHolder> byKey = new ProfileStatement<>(new KeyProfileCaller(), PARTS);
    private final ProfileStatement<SessionAndUser> bySession =
            new ProfileStatement<>(new SessionProfileCaller(), PARTS);
    private final ProfileStatement<User> ofUser = new ProfileStatement<>(new UserProfileCaller(), PARTS);

    public JdbiProfileReads(Database database, ProfileReads onH2) {
        this.database = database;
        this.onH2 = onH2;
    }

    /**
     * Whether reads take the one statement: on PostgreSQL. H2 plans the statement's joins from the caller's row
     * badly (bench/RESULTS.md, 2026-12-08: GET @me at a quarter of the ports one after another, the 401 at a
     * twentieth), so on H2 the ports still run one after another until that plan is fixed.
     */
    private boolean oneStatement() {
        Boolean known = postgres;
        if (known == null) {
            known = database.isPostgres();
            postgres = known;
        }
        return known;
    }

    @Override
    public Optional<KeyAndProfile> byKey(String secureValue, Instant invitesSince) {
        if (!oneStatement()) {
            return onH2.byKey(secureValue, invitesSince);
        }
        return read(byKey, secureValue, invitesSince).map(found -> new KeyAndProfile(found.caller().key(),
                found.caller().holder(), found.profile().of(found.caller().holder())));
    }

    @Override
    public Optional<SessionAndProfile> bySession(String sessionId, Instant invitesSince) {
        if (!oneStatement()) {
            return onH2.bySession(sessionId, invitesSince);
        }
        return read(bySession, sessionId, invitesSince).map(found -> new SessionAndProfile(found.caller().session(),
                found.caller().user(), found.profile().of(found.caller().user())));
    }

    @Override
    public ProfileFacts of(User user, Instant invitesSince) {
        if (!oneStatement()) {
            return onH2.of(user, invitesSince);
        }
        return read(ofUser, user.id().value(), invitesSince)
                .map(found -> found.profile().of(user))
                // Gone since it was read: a profile of nothing but the user.
                .orElseGet(() -> new ProfileFacts(List.of(), null, List.of(), List.of(), false, List.of()));
    }

    private <T> Optional<ProfileStatement.Found<T>> read(ProfileStatement<T> statement, Object credential,
                                                         Instant invitesSince) {
        return database.scan(statement.text(),
                query -> query.bind("credential", credential).bind("invitesSince", invitesSince),
                statement::read);
    }
}
