package dev.burrow.application.apikey;

import dev.burrow.domain.apikey.PersonalApiKey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Key uses written behind the requests, every {@code interval}, all of them in one batch: a server answering
 * thousands of keys a second would otherwise commit a write for nearly each one. A use waits at most
 * {@code interval}; the newest use of a key wins; {@link #close()} writes what is left. A batch that fails is
 * dropped (the next use of those keys records them again), and never stops later batches.
 */
public final class WriteBehindKeyUses implements KeyUseRecorder, AutoCloseable {

    private final Consumer<Collection<PersonalApiKey>> write;
    private final Map<String, PersonalApiKey> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer;
    private final Thread.UncaughtExceptionHandler failures;

    /** {@code write} stores a batch, as {@link PersonalApiKeyRepository#recordUses} does. */
    public WriteBehindKeyUses(Consumer<Collection<PersonalApiKey>> write, Duration interval,
                              Thread.UncaughtExceptionHandler failures) {
        this.write = write;
        this.failures = failures;
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "burrow-key-uses");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        writer.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void record(PersonalApiKey used) {
        pending.merge(used.id(), used, (older, newer) ->
                newer.lastUsedAt().isAfter(older.lastUsedAt()) ? newer : older);
    }

    /** Writes every use recorded so far, in one batch. */
    public void flush() {
        List<PersonalApiKey> batch = new ArrayList<>(pending.size());
        for (String id : List.copyOf(pending.keySet())) {
            PersonalApiKey used = pending.remove(id);
            if (used != null) {
                batch.add(used);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            write.accept(batch);
        } catch (RuntimeException e) {
            failures.uncaughtException(Thread.currentThread(), e);
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
