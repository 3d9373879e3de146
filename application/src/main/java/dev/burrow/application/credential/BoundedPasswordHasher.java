package dev.burrow.application.credential;

import dev.burrow.domain.failure.UnavailableException;
import dev.burrow.domain.user.PasswordHash;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the expensive part of a hasher (a quarter of a second of CPU per password) on a few threads with a short
 * queue. When both are full the request is refused at once with a 503, so a burst of logins or password changes
 * cannot take every core from the rest of the API.
 */
public final class BoundedPasswordHasher implements PasswordHasher, AutoCloseable {

    private static final long RETRY_AFTER_SECONDS = 1;

    private final PasswordHasher delegate;
    private final ThreadPoolExecutor pool;

    public BoundedPasswordHasher(PasswordHasher delegate, int threads, int queueCapacity) {
        this.delegate = delegate;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), task -> {
                    Thread thread = new Thread(task, "password-hashing-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public PasswordHash hash(String password) {
        return run(() -> delegate.hash(password));
    }

    @Override
    public boolean verify(String password, PasswordHash hash) {
        return run(() -> delegate.verify(password, hash));
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        return delegate.needsRehash(hash);
    }

    /** Hashes waiting for a thread, for metrics. */
    public int queued() {
        return pool.getQueue().size();
    }

    private <T> T run(Callable<T> work) {
        Future<T> result;
        try {
            result = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw new UnavailableException("service_unavailable",
                    "The server is busy checking passwords. Please try again shortly.", RETRY_AFTER_SECONDS);
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing a password", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
