package dev.burrow.domain.text;

import dev.burrow.domain.failure.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextFieldTest {

    @Test
    void trims_as_python_does_and_keeps_blank_only_where_allowed() {
        assertThat(TextField.check("\u00a0 Ada \t", "f", false, true, null)).isEqualTo("Ada");
        assertThat(TextField.check("  ", "f", true, true, null)).isEmpty();
        assertThat(TextField.check(" kept ", "f", false, false, null)).isEqualTo(" kept ");
        assertThatThrownBy(() -> TextField.check("  ", "f", false, true, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("blank");
                    assertThat(e.attr()).isEqualTo("f");
                });
    }

    @Test
    void counts_characters_by_code_point() {
        String emoji = "\uD83E\uDDA1".repeat(3);
        assertThat(TextField.check(emoji, "f", false, true, 3)).isEqualTo(emoji);
        assertThatThrownBy(() -> TextField.check(emoji + "a", "f", false, true, 3))
                .hasMessage("Ensure this field has no more than 3 characters.");
    }

    @Test
    void the_length_is_checked_before_the_characters() {
        assertThatThrownBy(() -> TextField.check("ab\u0000", "f", false, true, 2))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("max_length"));
        assertThatThrownBy(() -> TextField.check("a\u0000", "f", false, true, 2))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("null_characters_not_allowed"));
        assertThatThrownBy(() -> TextField.check("a\ud800", "f", false, true, null))
                .hasMessage("Surrogate characters are not allowed: U+D800.");
    }
}
