package dev.burrow.application.fake;

import dev.burrow.application.throttle.RateLimiter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Attempt histories in memory. */
public final class InMemoryRateLimiter implements RateLimiter {

    private final InMemoryStore store;

    public InMemoryRateLimiter(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Duration> tryAcquire(String bucket, int limit, Duration window, Instant now) {
        synchronized (store) {
            List<Instant> recent = history(bucket).stream().filter(at -> at.isAfter(now.minus(window)))
                    .sorted().toList();
            if (recent.size() >= limit) {
                return Optional.of(Duration.between(now, recent.get(recent.size() - limit).plus(window)));
            }
            record(bucket, now);
            return Optional.empty();
        }
    }

    @Override
    public int countSince(String bucket, Instant since) {
        synchronized (store) {
            return (int) history(bucket).stream().filter(at -> at.isAfter(since)).count();
        }
    }

    @Override
    public Optional<Instant> latest(String bucket) {
        synchronized (store) {
            return history(bucket).stream().max(Comparator.naturalOrder());
        }
    }

    @Override
    public void record(String bucket, Instant at) {
        synchronized (store) {
            store.attempts.computeIfAbsent(bucket, key -> new ArrayList<>()).add(at);
        }
    }

    @Override
    public void reset(String bucket) {
        synchronized (store) {
            store.attempts.remove(bucket);
        }
    }

    @Override
    public void forgive(String bucket, Instant at) {
        synchronized (store) {
            List<Instant> history = store.attempts.get(bucket);
            if (history != null) {
                history.remove(at);
            }
        }
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        synchronized (store) {
            store.attempts.values().forEach(history -> history.removeIf(at -> at.isBefore(cutoff)));
            store.attempts.values().removeIf(List::isEmpty);
        }
    }

    private List<Instant> history(String bucket) {
        return store.attempts.getOrDefault(bucket, List.of());
    }
}
