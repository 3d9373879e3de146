package dev.burrow.application.fake;

import dev.burrow.application.passkey.WebauthnChallengeRepository;
import dev.burrow.domain.passkey.PasskeyChallenge;

import java.time.Instant;
import java.util.Optional;

/** Passkey challenges in memory. */
public final class InMemoryWebauthnChallenges implements WebauthnChallengeRepository {

    private final InMemoryStore store;

    public InMemoryWebauthnChallenges(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void put(PasskeyChallenge challenge) {
        synchronized (store) {
            store.webauthnChallenges.put(key(challenge.holder(), challenge.ceremony()), challenge);
        }
    }

    @Override
    public Optional<PasskeyChallenge> take(String holder, PasskeyChallenge.Ceremony ceremony) {
        synchronized (store) {
            return Optional.ofNullable(store.webauthnChallenges.remove(key(holder, ceremony)));
        }
    }

    @Override
    public int deleteExpired(Instant now) {
        synchronized (store) {
            int before = store.webauthnChallenges.size();
            store.webauthnChallenges.values().removeIf(challenge -> !challenge.isLiveAt(now));
            return before - store.webauthnChallenges.size();
        }
    }

    private static String key(String holder, PasskeyChallenge.Ceremony ceremony) {
        return holder + " " + ceremony;
    }
}
