package dev.burrow.domain.user;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.json.JsonDocument;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link UserPreferences#ALL} declares every preference once, in the record's order, so the patch, its checks and
 * the HTTP reader (which walk it) never miss one.
 */
class PreferenceTest {

    @Test
    void every_component_is_declared_in_order_with_its_type() {
        RecordComponent[] components = UserPreferences.class.getRecordComponents();
        assertThat(UserPreferences.ALL.stream().map(p -> p.name().replace("_", "")).toList())
                .isEqualTo(Arrays.stream(components).map(c -> c.getName().toLowerCase(Locale.ROOT)).toList());
        assertThat(UserPreferences.ALL.stream().<Class<?>>map(Preference::type).toList())
                .isEqualTo(Arrays.stream(components).<Class<?>>map(RecordComponent::getType).toList());
    }

    @Test
    void each_declaration_sets_its_own_component_and_no_other() throws Exception {
        // Every setting set, so clearing the wrong one would show.
        JsonDocument json = new JsonDocument("{}");
        UserPreferences defaults = new UserPreferences(true, true, ToolbarMode.TOOLBAR, json, json, ThemeMode.DARK,
                json, true, ShortcutPosition.BELOW, RoleAtOrganization.DATA, false);
        RecordComponent[] components = UserPreferences.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            UserPreferences changed = cleared(UserPreferences.ALL.get(i), defaults);
            for (int j = 0; j < components.length; j++) {
                Object value = components[j].getAccessor().invoke(changed);
                if (i == j) {
                    assertThat(value).as(components[j].getName()).isNull();
                } else {
                    assertThat(value).as(components[j].getName())
                            .isEqualTo(components[j].getAccessor().invoke(defaults));
                }
            }
        }
    }

    /**
     * A declaration's rule is what {@code checked} runs. passkeys_enabled_for_2fa's rule asks the passkey store since
     * passkeys came (issue 13), so the user update runs it with that store (UpdateUserService; the 400
     * {@code no_passkeys} is asserted over HTTP); here the same rule, with no passkey, declared with a preference.
     */
    @Test
    void a_rule_is_the_declarations_own() {
        Preference<Boolean> withoutPasskeys = Preference.of("passkeys_enabled_for_2fa", Boolean.class,
                UserPreferences.Builder::passkeysEnabledFor2fa)
                .withRule(enabled -> UserPreferences.checkPasskeysEnabledFor2fa(enabled, () -> false));
        assertThatThrownBy(() -> withoutPasskeys.checked(true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.attr()).isEqualTo("passkeys_enabled_for_2fa"));
        assertThat(withoutPasskeys.checked(false)).isFalse();
        assertThat(UserPreferences.PASSKEYS_ENABLED_FOR_2FA.checked(false)).isFalse();
        assertThat(UserPreferences.THEME_MODE.checked(ThemeMode.DARK)).isEqualTo(ThemeMode.DARK);
        assertThat(UserPreferences.PASSKEYS_ENABLED_FOR_2FA.checked(true)).isTrue();
    }

    private static <T> UserPreferences cleared(Preference<T> preference, UserPreferences from) {
        return preference.set(from.toBuilder(), null).build();
    }
}
