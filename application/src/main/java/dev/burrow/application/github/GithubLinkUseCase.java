package dev.burrow.application.github;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.github.LinkFlow;

import java.net.URI;

/**
 * Linking a GitHub installation to a user: {@link #start} says where to send the user on GitHub, and
 * {@link #complete} finishes when GitHub sends them back.
 */
public interface GithubLinkUseCase {

    /**
     * Starts a link for the user the command's {@code lookup} names, for the project its {@code team} names or
     * their current one: to authorize as themselves when that project has an installation they have not linked,
     * else to install the App. A sent {@code current_password} counts against the caller's five password checks a
     * minute first; the team is judged only once the caller may act for that user.
     */
    LinkStart start(StartLinkCommand command);

    /**
     * Finishes a link when GitHub sends the user back; never fails, but says why it did not link. {@code actor} is
     * the logged-in user, or null.
     */
    LinkOutcome complete(Actor actor, Callback callback);

    /**
     * {@code lookup} is {@code @me} or a user's UUID, as the URL carries it; {@code connectFrom} the client the
     * link starts from, when one says ({@code posthog_code} is the one remembered); {@code currentPasswordSent}:
     * whether the request carried a {@code current_password}, which is counted (never checked) here.
     */
    record StartLinkCommand(Actor actor, String lookup, TeamChoice team, String connectFrom,
                            boolean currentPasswordSent) {
    }

    /** The project a link is started for, as {@code team_id} names it. */
    sealed interface TeamChoice {

        /** None named (not sent, null or empty): the user's current project, if they still reach it. */
        record Current() implements TeamChoice {
        }

        /** An integer, as Python's {@code int()} reads it; 0 when it is beyond any project's id. */
        record Named(long id) implements TeamChoice {
        }

        /** A value Python's {@code int()} refuses: {@code team_id must be an integer}. */
        record NotAnInteger() implements TeamChoice {
        }
    }

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
