package dev.burrow.application.throttle;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.RecentAuthentication;

import java.time.Clock;

/**
 * What PostHog checks before a changing action of its users viewset, in its order (permissions, then throttles):
 * the recent-login gate where the action is behind it, then the count of a sent {@code current_password} against
 * the user's five checks a minute, so that a stale session is told to log in again and not counted. Every such
 * use case (the user slice's, the 2FA actions', the start of a GitHub link) runs it first, so a host calling them
 * from Java is held to it as an HTTP caller is.
 */
public final class SensitiveActions {

    private final PasswordCheckThrottle passwordChecks;
    private final Clock clock;

    /** The password checks are counted in {@code limiter}, the store every instance shares. */
    public SensitiveActions(RateLimiter limiter, Clock clock) {
        this.passwordChecks = new PasswordCheckThrottle(limiter, clock);
        this.clock = clock;
    }

    /**
     * Fails with {@code sensitive_action_required_reauth} when the action is {@code gated} and the login is not
     * recent, then with 429 when {@code currentPasswordSent} is one check too many this minute.
     */
    public void guard(Actor actor, boolean gated, boolean currentPasswordSent) {
        if (gated) {
            RecentAuthentication.require(actor, clock.instant());
        }
        if (currentPasswordSent) {
            passwordChecks.count(actor);
        }
    }
}
