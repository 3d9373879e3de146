package dev.burrow.application.passkey;

import dev.burrow.domain.passkey.PasskeyChallenge;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the challenges of ceremonies in progress wait, shared by every server instance: one per holder and ceremony,
 * a new one replacing the last.
 */
public interface WebauthnChallengeRepository {

    /** Keeps {@code challenge}, replacing the holder's earlier one for the same ceremony. */
    void put(PasskeyChallenge challenge);

    /**
     * Removes and returns the holder's challenge for {@code ceremony}, expired or not: a challenge is taken once, and
     * of two requests racing for it only one gets it.
     */
    Optional<PasskeyChallenge> take(String holder, PasskeyChallenge.Ceremony ceremony);

    /** Forgets challenges that expired before {@code now}; how many. */
    int deleteExpired(Instant now);
}
