package dev.burrow.github;

import dev.burrow.domain.github.InstallationId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Installation access tokens, kept while young. Asking GitHub for one per call would double each call and spend the
 * App's rate limit; a token past half its life is replaced, so one handed out never expires during the call it
 * serves, even with a clock that drifts from GitHub's.
 */
final class InstallationTokens {

    /** A token as GitHub issued it; {@code expiresAt} is null when GitHub did not say, and then it is not kept. */
    record Issued(String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "Issued[token=(hidden), expiresAt=" + expiresAt + "]";
        }
    }

    private record Kept(String token, Instant renewAt) {

        @Override
        public String toString() {
            return "Kept[token=(hidden), renewAt=" + renewAt + "]";
        }
    }

    private final Clock clock;
    private final Function<InstallationId, Issued> issuer;
    private final Map<InstallationId, Kept> kept = new ConcurrentHashMap<>();

    InstallationTokens(Clock clock, Function<InstallationId, Issued> issuer) {
        this.clock = clock;
        this.issuer = issuer;
    }

    String token(InstallationId installation) {
        Kept current = kept.get(installation);
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.renewAt())) {
            return current.token();
        }
        // Two callers that find the token stale at once each fetch one: both are valid, and the race costs one
        // request, where a lock would hold every caller of the installation for as long as GitHub takes.
        Issued issued = issuer.apply(installation);
        kept.put(installation, new Kept(issued.token(), halfway(now, issued.expiresAt())));
        return issued.token();
    }

    /** Drops {@code token}, which GitHub refused, unless another caller has already replaced it. */
    void forget(InstallationId installation, String token) {
        kept.computeIfPresent(installation, (id, current) -> current.token().equals(token) ? null : current);
    }

    /** Drops whatever token the installation had: it is gone. */
    void forget(InstallationId installation) {
        kept.remove(installation);
    }

    private static Instant halfway(Instant issuedAt, Instant expiresAt) {
        if (expiresAt == null || !expiresAt.isAfter(issuedAt)) {
            return issuedAt;
        }
        return issuedAt.plus(Duration.between(issuedAt, expiresAt).dividedBy(2));
    }
}
