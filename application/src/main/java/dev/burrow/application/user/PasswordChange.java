package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.credential.PasswordPolicy;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.util.Objects;

/**
 * A change of password within an update: {@code current_password} must match (unless the user has no usable
 * password, as SSO users), the new one must pass the policy, and every other session of the user ends.
 */
record PasswordChange(PasswordHasher passwords, PasswordPolicy policy, SessionRepository sessions) {

    static final int MAX_LENGTH = 128;

    /** The checks of a password change, then the new hash (made on the bounded hashing threads). */
    PasswordHash newHash(User target, String password, String current) {
        checkCurrent(target, current);
        policy.check(password);
        return passwords.hash(password);
    }

    /**
     * {@code current_password} was checked against the user as read before the row was locked, so that the slow
     * hash is not computed under the lock. A change that held the lock first may have replaced the password since:
     * then it is checked again, against the locked row, so two changes sent with the same old password cannot
     * both pass. (A login that upgraded the hash also lands here, and the password still matches.)
     */
    void recheck(User checked, User locked, String current) {
        if (!Objects.equals(locked.password(), checked.password())) {
            checkCurrent(locked, current);
        }
    }

    /** The session of the request stays when a user changes their own password; all others end. */
    void endOtherSessions(Actor actor, UserId owner) {
        String kept = actor.credential() instanceof Credential.Session session && actor.userId().equals(owner)
                ? session.sessionId()
                : null;
        sessions.deleteAllOf(owner, kept);
    }

    private void checkCurrent(User user, String current) {
        if (!user.hasUsablePassword()) {
            return;
        }
        if (current == null || current.isEmpty()) {
            throw new InvalidInputException("required", "This field is required when updating your password.",
                    "current_password");
        }
        if (!passwords.verify(current, user.password())) {
            throw new InvalidInputException("incorrect_password", "Your current password is incorrect.",
                    "current_password");
        }
    }
}
