package dev.burrow.application.actor;

import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.session.Session;

import java.time.Instant;

/**
 * PostHog's time-sensitive-action rule: a browser session may do sensitive things only within two hours of its
 * user last proving who they are. Keys and host identities are not sessions and always pass.
 */
public final class RecentAuthentication {

    public static final String CODE = "sensitive_action_required_reauth";
    public static final String DETAIL = "This action requires you to be recently authenticated.";

    private RecentAuthentication() {
    }

    public static final String FRESH_DETAIL = "Confirm it's you before changing your email.";

    public static void require(Actor actor, Instant now) {
        if (actor.credential() instanceof Credential.Session session && !isRecent(session, now)) {
            throw new PermissionDeniedException(CODE, DETAIL);
        }
    }

    /**
     * The stricter rule for changing the email address: the session's user must have proved who they are within
     * the last five minutes (a fresh login counts).
     */
    public static void requireFresh(Actor actor, Instant now) {
        if (actor.credential() instanceof Credential.Session session
                && !now.isBefore(session.authenticatedAt().plus(Session.FRESH_REAUTH_AGE))) {
            throw new PermissionDeniedException(CODE, FRESH_DETAIL);
        }
    }

    /** When sensitive actions stop being allowed for a session, or null for other credentials. */
    public static Instant expiresAt(Actor actor) {
        return actor.credential() instanceof Credential.Session session
                ? session.authenticatedAt().plus(Session.SENSITIVE_ACTIONS_AGE)
                : null;
    }

    /** When a new email address stops being allowed for a session (five minutes), or null for other credentials. */
    public static Instant freshExpiresAt(Actor actor) {
        return actor.credential() instanceof Credential.Session session
                ? session.authenticatedAt().plus(Session.FRESH_REAUTH_AGE)
                : null;
    }

    private static boolean isRecent(Credential.Session session, Instant now) {
        return now.isBefore(session.authenticatedAt().plus(Session.SENSITIVE_ACTIONS_AGE));
    }
}
