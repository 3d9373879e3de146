package dev.burrow.application.credential;

import dev.burrow.domain.failure.UnavailableException;
import dev.burrow.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedPasswordHasherTest {

    @Test
    void when_threads_and_queue_are_full_a_hash_is_refused_at_once_with_a_503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        PasswordHasher slow = new PasswordHasher() {
            @Override
            public PasswordHash hash(String password) {
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new PasswordHash("pbkdf2_sha256$1$s$h");
            }

            @Override
            public boolean verify(String password, PasswordHash hash) {
                return hash(password) != null;
            }

            @Override
            public boolean needsRehash(PasswordHash hash) {
                return false;
            }
        };
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try (BoundedPasswordHasher bounded = new BoundedPasswordHasher(slow, 1, 1)) {
            Future<PasswordHash> running = callers.submit(() -> bounded.hash("a"));
            started.await(5, TimeUnit.SECONDS);
            Future<Boolean> queued = callers.submit(() -> bounded.verify("b", new PasswordHash("x")));
            while (bounded.queued() == 0) {
                Thread.onSpinWait();
            }

            assertThatThrownBy(() -> bounded.hash("c"))
                    .isInstanceOf(UnavailableException.class)
                    .hasMessage("The server is busy checking passwords. Please try again shortly.")
                    .extracting("code").isEqualTo("service_unavailable");

            release.countDown();
            assertThat(running.get(5, TimeUnit.SECONDS).encoded()).isEqualTo("pbkdf2_sha256$1$s$h");
            assertThat(queued.get(5, TimeUnit.SECONDS)).isTrue();
            assertThat(bounded.hash("d")).isNotNull();
        } finally {
            callers.shutdownNow();
        }
    }
}
