package dev.burrow.jdbc.github;

import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.LinkFlow;
import dev.burrow.domain.github.LinkState;
import dev.burrow.domain.user.Choice;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One row of {@code github_link_states}; the flow is its wire value ({@code app_install}). */
record LinkStateRow(String tokenHash, long userId, String flow, Long installationId, String connectFrom,
                    Instant expiresAt) {

    // The expiry is written as both databases keep time, to the microsecond, so the state taken is the one saved.
    static LinkStateRow of(LinkState state) {
        InstallationId installation = state.installationId();
        return new LinkStateRow(state.tokenHash(), state.userId().value(), state.flow().value(),
                installation == null ? null : installation.value(), state.connectFrom(),
                state.expiresAt().truncatedTo(ChronoUnit.MICROS));
    }

    LinkState toState() {
        LinkFlow parsed = Choice.parse(LinkFlow.class, flow)
                .orElseThrow(() -> new IllegalStateException("unknown link flow " + flow));
        return new LinkState(tokenHash, new UserId(userId), parsed,
                installationId == null ? null : new InstallationId(installationId), connectFrom, expiresAt);
    }

    /** Never print the token's hash by accident: it is what finds the state. */
    @Override
    public String toString() {
        return "LinkStateRow[tokenHash=***, userId=" + userId + ", flow=" + flow + ", installationId=" + installationId
                + ", connectFrom=" + connectFrom + ", expiresAt=" + expiresAt + "]";
    }
}
