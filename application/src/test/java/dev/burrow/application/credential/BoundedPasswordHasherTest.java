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
                    // Held until the test lets go (always, in its finally); the bound is only a backstop, far past
                    // the test's pace, since a hash ending early would free the slot the test needs taken.
                    release.await(2, TimeUnit.MINUTES);
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
            try {
                Future<PasswordHash> running = callers.submit(() -> bounded.hash("a"));
                assertThat(started.await(1, TimeUnit.MINUTES)).as("the first hash started").isTrue();
                Future<Boolean> queued = callers.submit(() -> bounded.verify("b", new PasswordHash("x")));
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                while (bounded.queued() == 0) {
                    assertThat(System.nanoTime() - deadline).as("the second hash queued within a minute")
                            .isNegative();
                    Thread.onSpinWait();
                }

                assertThatThrownBy(() -> bounded.hash("c"))
                        .isInstanceOf(UnavailableException.class)
                        .hasMessage("The server is busy checking passwords. Please try again shortly.")
                        .extracting("code").isEqualTo("service_unavailable");

                release.countDown();
                assertThat(running.get(1, TimeUnit.MINUTES).encoded()).isEqualTo("pbkdf2_sha256$1$s$h");
                assertThat(queued.get(1, TimeUnit.MINUTES)).isTrue();
                assertThat(bounded.hash("d")).isNotNull();
            } finally {
                // Before the hasher closes, so that a failed check does not leave it waiting for the slow hash.
                release.countDown();
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
