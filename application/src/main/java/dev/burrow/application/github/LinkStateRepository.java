package dev.burrow.application.github;

import dev.burrow.domain.github.LinkState;

import java.time.Instant;
import java.util.Optional;

/** Where started GitHub links wait for the user to come back, in shared storage so any instance can finish one. */
public interface LinkStateRepository {

    void save(LinkState state);

    /** Removes and returns the state with this token hash: each state is used at most once, even by racing calls. */
    Optional<LinkState> take(String tokenHash);

    /** Forgets states that expired before {@code now}. */
    void deleteExpired(Instant now);
}
