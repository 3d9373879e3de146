package dev.burrow.domain.autonomy;

import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's signal autonomy settings: at most one per user. Without a priority, nothing starts by itself.
 */
public final class SignalAutonomy {

    private final UUID id;
    private final UserId userId;
    private final AutonomyPriority autostartPriority;
    private final Instant createdAt;
    private final Instant updatedAt;

    private SignalAutonomy(UUID id, UserId userId, AutonomyPriority autostartPriority, Instant createdAt,
                           Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.autostartPriority = autostartPriority;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A user's first settings: no priority yet. */
    public static SignalAutonomy create(UUID id, UserId userId, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return new SignalAutonomy(id, userId, null, at, at);
    }

    public static SignalAutonomy restore(UUID id, UserId userId, AutonomyPriority autostartPriority, Instant createdAt,
                                         Instant updatedAt) {
        return new SignalAutonomy(id, userId, autostartPriority, createdAt, updatedAt);
    }

    /** The same settings with another priority (null: none), changed at {@code now}. */
    public SignalAutonomy withAutostartPriority(AutonomyPriority priority, Instant now) {
        return new SignalAutonomy(id, userId, priority, createdAt, now.truncatedTo(ChronoUnit.MICROS));
    }

    /** The same settings, saved again at {@code now} with nothing changed (PostHog touches updated_at then too). */
    public SignalAutonomy touchedAt(Instant now) {
        return new SignalAutonomy(id, userId, autostartPriority, createdAt, now.truncatedTo(ChronoUnit.MICROS));
    }

    public UUID id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public AutonomyPriority autostartPriority() {
        return autostartPriority;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignalAutonomy that && id.equals(that.id) && userId.equals(that.userId)
                && autostartPriority == that.autostartPriority && createdAt.equals(that.createdAt)
                && updatedAt.equals(that.updatedAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SignalAutonomy[user=" + userId + ", autostartPriority=" + autostartPriority + "]";
    }
}
