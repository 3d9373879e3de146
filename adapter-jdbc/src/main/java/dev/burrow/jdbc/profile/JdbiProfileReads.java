package dev.burrow.jdbc.profile;

import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.application.apikey.PersonalApiKeyRepository.KeyAndHolder;
import dev.burrow.application.session.SessionRepository.SessionAndUser;
import dev.burrow.application.user.ProfileReads;
import dev.burrow.domain.user.User;
import dev.burrow.jdbc.apikey.KeyProfileCaller;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.ProfilePart;
import dev.burrow.jdbc.organization.OrganizationProfileParts;
import dev.burrow.jdbc.scene.SceneProfilePart;
import dev.burrow.jdbc.session.SessionProfileCaller;
import dev.burrow.jdbc.twofactor.SecondFactorProfilePart;
import dev.burrow.jdbc.user.UserProfileCaller;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A caller and their whole profile in one statement over burrow's own tables ({@link ProfileStatement}), on H2 and
 * PostgreSQL alike: {@code GET @me} is one round trip to the database, whether it came with a key or a session.
 * Nothing is cached.
 *
 * <p>A new fact of the profile is a {@link ProfilePart} in its slice's package (its elements, its rows for the
 * caller {@code c}, their order, and how a row is read into the {@code GatheredProfile}), added to {@link #PARTS};
 * a fact that is a flag on an existing part (a passkey counting as a second factor) is one more condition there.
 */
public final class JdbiProfileReads implements ProfileReads {

    /** The parts of every profile, in the order of their columns. */
    private static final List<ProfilePart> PARTS = List.of(OrganizationProfileParts.memberships(),
            OrganizationProfileParts.projects(), SceneProfilePart.scenes(), SecondFactorProfilePart.secondFactor(),
            OrganizationProfileParts.invites());

    private final Database database;
    /** The statements in the database's spelling, built on first use (asking which database it is takes one). */
    private volatile Statements statements;

    public JdbiProfileReads(Database database) {
        this.database = database;
    }

    private record Statements(ProfileStatement<KeyAndHolder> byKey, ProfileStatement<SessionAndUser> bySession,
                              ProfileStatement<User> ofUser) {

        static Statements of(boolean postgres) {
            return new Statements(new ProfileStatement<>(new KeyProfileCaller(), PARTS, postgres),
                    new ProfileStatement<>(new SessionProfileCaller(), PARTS, postgres),
                    new ProfileStatement<>(new UserProfileCaller(), PARTS, postgres));
        }
    }

    private Statements statements() {
        Statements known = statements;
        if (known == null) {
            known = Statements.of(database.isPostgres());
            statements = known;
        }
        return known;
    }

    @Override
    public Optional<KeyAndProfile> byKey(String secureValue, Instant invitesSince) {
        return read(statements().byKey(), secureValue, invitesSince).map(found -> new KeyAndProfile(
                found.caller().key(), found.caller().holder(), found.profile().of(found.caller().holder())));
    }

    @Override
    public Optional<SessionAndProfile> bySession(String sessionId, Instant invitesSince) {
        return read(statements().bySession(), sessionId, invitesSince).map(found -> new SessionAndProfile(
                found.caller().session(), found.caller().user(), found.profile().of(found.caller().user())));
    }

    @Override
    public ProfileFacts of(User user, Instant invitesSince) {
        return read(statements().ofUser(), user.id().value(), invitesSince)
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
