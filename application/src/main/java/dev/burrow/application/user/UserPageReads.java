package dev.burrow.application.user;

import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A page of the user list with everything its answer holds, in as few reads as the storage can: how many users the
 * filter lists (PostHog's {@code count}), the page's users in id order, and each one's profile facts, in one
 * statement over burrow's own tables (and one user found by their UUID, the same way); the ports one after another where a host brings its own directory of
 * organizations ({@link ComposedUserPageReads}). Both pass {@code UserPageReadsContract}. Nothing is cached.
 *
 * <p>Only {@code viewer}'s profile carries their pending invites (created after {@code invitesSince}): nobody
 * else's invites are shown.
 */
public interface UserPageReads {

    /** {@code limit} users from {@code offset} of those {@code filter} lists, with the count of all of them. */
    Page page(UserFilter filter, int limit, long offset, UserId viewer, Instant invitesSince);

    /**
     * The active user with this UUID and their profile (a staff member's {@code GET /api/users/{uuid}/}); empty for
     * none.
     */
    Optional<UserAndProfile> activeByUuid(UUID uuid, UserId viewer, Instant invitesSince);

    /** The count of every listed user, and the page's users with their profiles, in id order. */
    record Page(long count, List<UserAndProfile> users) {

        public Page {
            users = List.copyOf(users);
        }
    }

    record UserAndProfile(User user, ProfileFacts profile) {
    }
}
