package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.RecentAuthentication;
import dev.burrow.application.throttle.PasswordCheckThrottle;

import java.time.Clock;

/**
 * What PostHog checks before a changing action of its users viewset, in its order (permissions, then throttles):
 * the recent-login gate where the action is behind it, then the count of a sent {@code current_password} against
 * the user's five checks a minute, so that a stale session is told to log in again and not counted. Every user
 * use case runs it first, so a host calling them from Java is held to it as an HTTP caller is.
 */
record SensitiveActions(PasswordCheckThrottle passwordChecks, Clock clock) {

    void guard(Actor actor, boolean gated, boolean currentPasswordSent) {
        if (gated) {
            RecentAuthentication.require(actor, clock.instant());
        }
        if (currentPasswordSent) {
            passwordChecks.count(actor);
        }
    }
}
