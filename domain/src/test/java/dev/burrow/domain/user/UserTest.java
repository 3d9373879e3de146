package dev.burrow.domain.user;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.ProjectId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTest {

    private static final String EMOJI = "\uD83E\uDD94"; // 🦔, one character in Python, two chars in Java

    private final User ada = User.restore(new UserId(7), UUID.randomUUID(), "distinct",
            EmailAddress.of("ada@example.com"), EmailAddress.of("ada@new.example"), true, "Ada", "Lovelace",
            new PasswordHash("pbkdf2_sha256$1$s$h"), false, true, Instant.parse("2020-01-02T03:04:05.123456Z"), UserPreferences.defaults(),
            NotificationSettings.restore(Map.of("plugin_disabled", true)),
            new CurrentContext(OrganizationId.random(), new ProjectId(3)), 5);

    @Test
    void a_name_of_150_emoji_is_150_characters_as_posthog_counts_them() {
        String longest = EMOJI.repeat(User.MAX_NAME_LENGTH);

        User user = register(longest, " " + longest + "\u00a0");

        assertThat(user.firstName()).isEqualTo(longest);
        assertThat(user.lastName()).isEqualTo(longest);
        assertThat(User.MAX_NAME_LENGTH).isEqualTo(DisplayName.MAX_LENGTH).isEqualTo(150);
    }

    @Test
    void a_name_of_151_characters_is_refused_on_registration_as_on_update() {
        String tooLong = EMOJI.repeat(User.MAX_NAME_LENGTH) + "a";

        assertThatThrownBy(() -> register("Ada", tooLong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("max_length");
                    assertThat(e.attr()).isEqualTo("last_name");
                })
                .hasMessage("Ensure this field has no more than 150 characters.");
        assertThatThrownBy(() -> DisplayName.check(tooLong, "last_name"))
                .hasMessage("Ensure this field has no more than 150 characters.");
        assertThat(DisplayName.check(EMOJI.repeat(150), "first_name")).hasSize(300);
    }

    @Test
    void each_transition_changes_only_its_own_fields_and_keeps_the_version() {
        EmailAddress grace = EmailAddress.of("grace@example.com");
        PasswordHash hash = new PasswordHash("pbkdf2_sha256$1$t$i");
        UserPreferences dark = UserPreferences.defaults().toBuilder().themeMode(ThemeMode.DARK).build();

        assertChanges(ada.withNames("Grace", "Hopper"), Map.of("firstName", "Grace", "lastName", "Hopper"));
        assertChanges(ada.withEmail(grace, false),
                Map.of("email", grace, "pendingEmail", NULL, "emailVerified", false));
        assertChanges(ada.withPendingEmail(grace), Map.of("pendingEmail", grace));
        assertChanges(ada.withPreferences(dark), Map.of("preferences", dark));
        assertChanges(ada.withNotificationSettings(NotificationSettings.none()),
                Map.of("notificationSettings", NotificationSettings.none()));
        assertChanges(ada.withStaff(true), Map.of("staff", true));
        assertChanges(ada.withPassword(hash), Map.of("password", hash));
        assertChanges(ada.withActive(false), Map.of("active", false));
        assertChanges(ada.withCurrentContext(CurrentContext.NONE), Map.of("current", CurrentContext.NONE));
        assertChanges(ada.storedAs(6), Map.of("version", 6L));
    }

    @Test
    void an_address_in_other_letters_is_the_same_address() {
        assertThat(ada.email().isSameAs("ADA@Example.com")).isTrue();
        assertThat(ada.email().isSameAs("ada@example.com")).isTrue();
        assertThat(ada.email().isSameAs("ada@example.org")).isFalse();
        assertThat(ada.email().isSameAs(null)).isFalse();
        assertThat(ada.awaitsEmail(EmailAddress.of("Ada@NEW.example"))).isTrue();
        assertThat(ada.awaitsEmail(EmailAddress.of("ada@example.com"))).isFalse();
        assertThat(ada.withPendingEmail(null).awaitsEmail(EmailAddress.of("ada@new.example"))).isFalse();
    }

    @Test
    void only_storing_moves_the_version() {
        User stored = ada.storedAs(6);

        assertThat(stored.version()).isEqualTo(6);
        assertThat(stored).isNotEqualTo(ada);
        assertThat(stored.storedAs(5)).isEqualTo(ada);
        assertThat(ada.withStaff(true).version()).isEqualTo(5);
    }

    /** Stands for null in the maps of expected changes. */
    private static final Object NULL = new Object();

    /** {@code changed} differs from {@link #ada} in exactly the fields of {@code expected}, which it has. */
    private void assertChanges(User changed, Map<String, Object> expected) {
        Map<String, Object> before = fields(ada);
        Map<String, Object> after = fields(changed);
        Map<String, Object> differences = new LinkedHashMap<>();
        after.forEach((name, value) -> {
            if (!Objects.equals(value, before.get(name))) {
                differences.put(name, value == null ? NULL : value);
            }
        });
        assertThat(differences).isEqualTo(expected);
    }

    /** Every field of a user by name, read through its accessors. */
    private static Map<String, Object> fields(User u) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", u.id());
        fields.put("uuid", u.uuid());
        fields.put("distinctId", u.distinctId());
        fields.put("email", u.email());
        fields.put("pendingEmail", u.pendingEmail());
        fields.put("emailVerified", u.emailVerified());
        fields.put("firstName", u.firstName());
        fields.put("lastName", u.lastName());
        fields.put("password", u.password());
        fields.put("staff", u.isStaff());
        fields.put("active", u.isActive());
        fields.put("dateJoined", u.dateJoined());
        fields.put("preferences", u.preferences());
        fields.put("notificationSettings", u.notificationSettings());
        fields.put("current", u.current());
        fields.put("version", u.version());
        return fields;
    }

    private static User register(String firstName, String lastName) {
        return User.register(new UserId(1), UUID.randomUUID(), "d", EmailAddress.of("ada@example.com"), firstName,
                lastName, null, false, Instant.parse("2020-01-02T03:04:05Z"));
    }
}
