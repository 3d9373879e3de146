package dev.burrow.jdbc.database;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A profile part's JSON, as either database writes it, read back to the values the columns held. */
class JsonRowReaderTest {

    @Test
    void timestamps_in_either_databases_spelling_keep_their_instant_to_the_microsecond() {
        for (String text : List.of("2026-12-08T02:23:37.074086+00:00", "2026-12-08T02:23:37.074086+00",
                "2026-12-08T02:23:37+00:00", "2026-12-08T02:23:37.07+00", "2026-12-08T07:53:37.000001+05:30",
                "2026-12-07T23:23:37.5-03", "1969-12-31T23:59:59.999999Z", "2024-02-29T00:00:00.123456789+00:00",
                "2000-03-01T00:00:00-00:30", "1600-01-01T12:00:00.1+00:53:28", "9999-12-31T23:59:59.999999+14")) {
            Instant expected = OffsetDateTime.parse(text.replaceAll("([+-]\\d\\d)$", "$1:00")).toInstant();
            char[] chars = ("\"" + text + "\"").toCharArray();
            assertThat(JsonRowReader.Timestamps.instant(chars, 1, text.length())).as(text).isEqualTo(expected);
        }
    }

    @Test
    void a_part_reads_its_rows_in_order_with_every_type_and_null_and_odd_text() throws IOException {
        UUID id = UUID.randomUUID();
        String json = "[[\"" + id + "\", \"Ada's \\\"Q\\\" \\\\ Z\u00fcrich \\u2713 \\ud83d\\ude00\", null, 3, true, "
                + "null, \"2026-12-08T02:23:37.074086+00\", 9007199254740993, null],"
                + "[\"" + id + "\", \"\", \"x\", -1, false, false, null, 1, 7]]";
        List<Object> read = new ArrayList<>();
        ProfilePart.Rows part = new ProfilePart.Rows(List.of("a"), "t", "a", 0, (row, profile) -> {
            read.add(row.uuid());
            read.add(row.text());
            read.add(row.text());
            read.add(row.intValue());
            read.add(row.bool());
            read.add(row.nullableBool());
            read.add(row.instant());
            read.add(row.longValue());
            read.add(row.nullableLong());
        });

        part.read(json, new GatheredProfile());
        part.read(null, new GatheredProfile());

        assertThat(read).containsExactly(id, "Ada's \"Q\" \\ Z\u00fcrich \u2713 \ud83d\ude00", null, 3, true, null,
                Instant.parse("2026-12-08T02:23:37.074086Z"), 9007199254740993L, null,
                id, "", "x", -1, false, false, null, 1L, 7L);
    }

    @Test
    void a_row_with_more_or_fewer_elements_than_its_reader_reads_is_an_error_not_a_shifted_row() {
        ProfilePart.Rows part = new ProfilePart.Rows(List.of("a", "b"), "t", "a", 0, (row, profile) -> {
            row.text();
            row.text();
        });

        assertThatThrownBy(() -> part.read("[[\"a\"]]", new GatheredProfile()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> part.read("[[\"a\", \"b\", \"c\"]]", new GatheredProfile()))
                .isInstanceOf(IllegalStateException.class);
    }
}
