package dev.burrow.application.github;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.github.LinkFlow;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Linking a GitHub installation to a user: {@link #start} says where to send the user on GitHub, and
 * {@link #complete} finishes when GitHub sends them back.
 */
public interface GithubLinkUseCase {

    /**
     * Starts a link for the user {@code lookup} names, for the project {@code body}'s {@code team_id} names or
     * their current one: to authorize as themselves when that project has an installation they have not linked,
     * else to install the App. {@code body} is plain Java, as JSON decodes, read only once the caller may act
     * for that user.
     */
    LinkStart start(Actor actor, String lookup, Supplier<Map<String, ?>> body);

    /**
     * Finishes a link when GitHub sends the user back; never fails, but says why it did not link. {@code actor} is
     * the logged-in user, or null.
     */
    LinkOutcome complete(Actor actor, Callback callback);

    record LinkStart(URI installUrl, LinkFlow flow) {
    }

    /** The query GitHub sends the user back with; any part may be missing. */
    record Callback(String code, String state, String installationId, String setupAction, String error) {
    }

    /** A link made, or the reason it was not ({@code invalid_state}, {@code missing_params}, ...). */
    record LinkOutcome(boolean linked, String reason) {

        public static LinkOutcome success() {
            return new LinkOutcome(true, null);
        }

        public static LinkOutcome failure(String reason) {
            return new LinkOutcome(false, reason);
        }
    }
}
