package dev.burrow.domain.user;

import dev.burrow.domain.failure.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void addresses_django_accepts_are_accepted_and_keep_their_casing() {
        for (String good : List.of("ada@example.com", "Ada.Lovelace+tag@Example.co.uk", "x@localhost",
                "o'brien@example.ie", "\"quoted\"@example.com", "a@[127.0.0.1]")) {
            assertThat(EmailAddress.of(good).value()).as(good).isEqualTo(good);
        }
        assertThat(EmailAddress.of("Ada@Example.COM").folded()).isEqualTo("ada@example.com");
    }

    @Test
    void anything_else_is_refused_with_posthogs_message() {
        for (String bad : List.of("", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com",
                "ada example@example.com", "ada@exa mple.com", "ada@-example.com", "a".repeat(250) + "@x.com")) {
            assertThatThrownBy(() -> EmailAddress.of(bad)).as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Enter a valid email address.")
                    .extracting("attr").isEqualTo("email");
        }
    }

    @Test
    void text_in_another_casing_is_the_same_address_and_anything_else_is_not() {
        EmailAddress stored = new EmailAddress("Ada@Example.com");
        assertThat(stored.isSameAs("ada@example.COM")).isTrue();
        assertThat(stored.isSameAs(" ada@example.com")).isFalse();
        assertThat(stored.isSameAs("grace@example.com")).isFalse();
        assertThat(stored.isSameAs(null)).isFalse();
    }

    @Test
    void stored_addresses_are_read_back_without_todays_checks() {
        assertThat(new EmailAddress("legacy@intranet").value()).isEqualTo("legacy@intranet");
    }
}
