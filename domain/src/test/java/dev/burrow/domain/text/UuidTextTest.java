package dev.burrow.domain.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UuidTextTest {

    private static final UUID ID = UUID.fromString("095be615-a8ad-4c33-8e9c-c7612fbf6c9f");

    @Test
    void uuids_are_read_in_every_spelling_python_accepts() {
        for (String spelling : List.of("095be615-a8ad-4c33-8e9c-c7612fbf6c9f", "095BE615-A8AD-4C33-8E9C-C7612FBF6C9F",
                "095be615a8ad4c338e9cc7612fbf6c9f", "{095be615-a8ad-4c33-8e9c-c7612fbf6c9f}",
                "urn:uuid:095be615-a8ad-4c33-8e9c-c7612fbf6c9f")) {
            assertThat(UuidText.parse(spelling)).as(spelling).contains(ID);
        }
    }

    @Test
    void anything_else_is_no_uuid() {
        for (String other : List.of("", "me", "1-1-1-1-1", "095be615-a8ad-4c33-8e9c-c7612fbf6c9", "g95be615a8ad4c338e9cc7612fbf6c9f")) {
            assertThat(UuidText.parse(other)).as(other).isEmpty();
        }
    }
}
