package dev.burrow.application.apikey;

import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WriteBehindKeyUsesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final Persistence persistence = Persistence.inMemory();
    private final TestData data = new TestData(persistence);

    @Test
    void uses_wait_for_the_batch_and_the_newest_use_of_a_key_wins() {
        PersonalApiKey key = data.apiKey(data.user("ada@example.com"), ApiScopes.ALL).key();
        List<Collection<PersonalApiKey>> batches = new ArrayList<>();
        try (WriteBehindKeyUses uses = new WriteBehindKeyUses(batch -> {
            batches.add(List.copyOf(batch));
            persistence.apiKeys().recordUses(batch);
        }, Duration.ofHours(1), (t, e) -> { })) {
            uses.record(key.recordUse(NOW).orElseThrow());
            uses.record(key.recordUse(NOW.minusSeconds(30)).orElseThrow());
            assertThat(lastUsed(key)).isNull();

            uses.flush();

            assertThat(lastUsed(key)).isEqualTo(NOW);
            assertThat(batches).hasSize(1);
            uses.flush();
            assertThat(batches).hasSize(1);
        }
    }

    @Test
    void closing_writes_what_is_left() {
        PersonalApiKey key = data.apiKey(data.user("ada@example.com"), ApiScopes.ALL).key();
        WriteBehindKeyUses uses = new WriteBehindKeyUses(persistence.apiKeys()::recordUses, Duration.ofHours(1),
                (t, e) -> { });
        uses.record(key.recordUse(NOW).orElseThrow());

        uses.close();

        assertThat(lastUsed(key)).isEqualTo(NOW);
    }

    @Test
    void a_failing_batch_is_reported_and_the_next_one_still_goes() {
        PersonalApiKey key = data.apiKey(data.user("ada@example.com"), ApiScopes.ALL).key();
        List<Throwable> failures = new ArrayList<>();
        boolean[] fail = {true};
        try (WriteBehindKeyUses uses = new WriteBehindKeyUses(batch -> {
            if (fail[0]) {
                throw new IllegalStateException("database down");
            }
            persistence.apiKeys().recordUses(batch);
        }, Duration.ofHours(1), (t, e) -> failures.add(e))) {
            uses.record(key.recordUse(NOW).orElseThrow());
            uses.flush();
            fail[0] = false;
            uses.record(key.recordUse(NOW.plusSeconds(5)).orElseThrow());
            uses.flush();
        }

        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("database down");
        assertThat(lastUsed(key)).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void the_batches_are_written_by_themselves_every_interval() throws InterruptedException {
        PersonalApiKey key = data.apiKey(data.user("ada@example.com"), ApiScopes.ALL).key();
        try (WriteBehindKeyUses uses = new WriteBehindKeyUses(persistence.apiKeys()::recordUses,
                Duration.ofMillis(20), (t, e) -> { })) {
            uses.record(key.recordUse(NOW).orElseThrow());
            // A deadline, not a guess: the loop ends at the first write. The check is made before close(), which
            // flushes by itself and would hide a writer that never ran.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (lastUsed(key) == null && System.nanoTime() - deadline < 0) {
                Thread.sleep(10);
            }

            assertThat(lastUsed(key)).as("written by the interval's writer, before close").isEqualTo(NOW);
        }
    }

    private Instant lastUsed(PersonalApiKey key) {
        return persistence.apiKeys().findBySecureValue(key.secureValue()).orElseThrow().lastUsedAt();
    }
}
