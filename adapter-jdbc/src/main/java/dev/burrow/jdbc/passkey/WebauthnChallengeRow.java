package dev.burrow.jdbc.passkey;

import dev.burrow.domain.passkey.PasskeyChallenge;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One row of {@code webauthn_challenges}; the ceremony is its lower-case name. */
record WebauthnChallengeRow(String holder, String ceremony, String challenge, Long userId, UUID credential,
                            Instant expiresAt) {

    static WebauthnChallengeRow of(PasskeyChallenge challenge) {
        return new WebauthnChallengeRow(challenge.holder(), challenge.ceremony().name().toLowerCase(Locale.ROOT),
                challenge.challenge(), challenge.userId() == null ? null : challenge.userId().value(),
                challenge.credential(), challenge.expiresAt());
    }

    PasskeyChallenge toChallenge() {
        return new PasskeyChallenge(holder, PasskeyChallenge.Ceremony.valueOf(ceremony.toUpperCase(Locale.ROOT)),
                challenge, userId == null ? null : new UserId(userId), credential, expiresAt);
    }

    /** Never print the challenge, nor the hash of the key that holds it, by accident. */
    @Override
    public String toString() {
        return "WebauthnChallengeRow[holder=***, ceremony=" + ceremony + ", userId=" + userId + ", expiresAt="
                + expiresAt + "]";
    }
}
