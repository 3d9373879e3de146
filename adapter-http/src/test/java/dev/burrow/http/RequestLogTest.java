package dev.burrow.http;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The request line's parts that are cheaper than the library calls they replace must write what those wrote. */
class RequestLogTest {

    @Test
    void writesTheMillisecondsAsFormatWritesThem() {
        for (float milliseconds : new float[] {0f, 0.04f, 0.06f, 1f, 9.94f, 12.34f, 17.36f, 999.9f, 12345.67f}) {
            assertThat(RequestLog.tenths(milliseconds)).as("%s", milliseconds)
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", milliseconds));
        }
    }

    @Test
    void generatedIdsAreDistinctVersionFourUuids() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = RequestLog.newId();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(UUID.fromString(id.toString())).isEqualTo(id);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }
}
