package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;

/** Lists active users: every one for staff, only the caller for anyone else. */
public interface ListUsersUseCase {

    UserProfilePage list(ListUsersQuery query);

    /** {@code email} and {@code staff} filter when not null; {@code limit} is at least 1, {@code offset} at least 0. */
    record ListUsersQuery(Actor actor, String email, Boolean staff, int limit, long offset) {

        public ListUsersQuery {
            if (limit < 1 || offset < 0) {
                throw new IllegalArgumentException("limit must be positive and offset not negative");
            }
        }
    }
}
