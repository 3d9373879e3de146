package dev.burrow.github;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedBodyTest {

    @Test
    void a_body_within_the_limit_is_read_whole() throws Exception {
        BoundedBody body = new BoundedBody(10);
        body.onSubscribe(new Recording());

        body.onNext(List.of(bytes("hello"), bytes(" you")));
        body.onComplete();

        assertThat(new String(body.getBody().toCompletableFuture().get(), StandardCharsets.UTF_8))
                .isEqualTo("hello you");
    }

    @Test
    void a_body_past_the_limit_is_cancelled_and_fails() {
        BoundedBody body = new BoundedBody(10);
        Recording subscription = new Recording();
        body.onSubscribe(subscription);

        body.onNext(List.of(bytes("hello"), bytes(" world")));
        body.onNext(List.of(bytes("more")));

        CompletableFuture<byte[]> result = body.getBody().toCompletableFuture();
        assertThat(subscription.cancelled).isTrue();
        assertThatThrownBy(result::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(BoundedBody.TooLarge.class);
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Recording implements Flow.Subscription {
        private boolean cancelled;

        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
