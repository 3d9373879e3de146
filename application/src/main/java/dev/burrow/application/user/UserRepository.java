package dev.burrow.application.user;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where users are kept. */
public interface UserRepository {

    /** The failure every implementation reports for an address another account already uses. */
    static InvalidInputException emailTaken() {
        return new InvalidInputException("unique", "There is already an account with this email address.", "email");
    }

    UserId nextId();

    /**
     * Adds a new user. An address already used by another account, in any casing, fails with PostHog's
     * {@code unique} error on {@code email}.
     */
    void add(User user);

    Optional<User> byId(UserId id);

    /**
     * The user, with their row locked until the surrounding transaction ends, so that a read-change-write of
     * the user cannot interleave with another. Outside a transaction it is a plain read.
     */
    Optional<User> lockedById(UserId id);

    Optional<User> activeByUuid(UUID uuid);

    /** The user with this UUID, active or not. */
    Optional<User> byUuid(UUID uuid);

    /** The account with this address in any casing, active or not. */
    Optional<User> byEmail(EmailAddress email);

    /**
     * Stores {@code user} if nobody changed it since it was read, and returns it with its new version; otherwise
     * fails with a {@code ConcurrentUpdateException}.
     */
    User update(User user);

    /**
     * Deletes the user and everything only theirs, unless they still belong to an organization; whether it was
     * deleted. In burrow's own storage the membership check and the delete are one statement.
     */
    boolean delete(UserId id);

    long count(UserFilter filter);

    /** One page of the filtered users, by id. */
    List<User> page(UserFilter filter, int limit, long offset);

    boolean isEmpty();
}
