package dev.burrow.application.user;

import dev.burrow.domain.user.ThemeMode;
import dev.burrow.domain.user.ToolbarMode;
import dev.burrow.domain.user.UserPreferences;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A patch changes the preferences it sends, null included, and keeps the rest; no database, no HTTP. */
class UserPatchTest {

    @Test
    void the_preferences_sent_replace_the_users_and_the_rest_stay() {
        UserPreferences current = UserPreferences.defaults();

        UserPreferences changed = UserPatch.builder().preference(UserPreferences.THEME_MODE, ThemeMode.DARK)
                .preference(UserPreferences.TOOLBAR_MODE, null).build()
                .appliedTo(current);

        assertThat(changed).isEqualTo(current.toBuilder().themeMode(ThemeMode.DARK).toolbarMode(null).build());
        assertThat(changed.toolbarMode()).isNull();
        assertThat(changed.anonymizeData()).isEqualTo(current.anonymizeData());
        assertThat(current.toolbarMode()).isEqualTo(ToolbarMode.TOOLBAR);
    }

    @Test
    void a_patch_without_preferences_keeps_them_all() {
        UserPreferences current = UserPreferences.defaults().toBuilder().allowSidebarSuggestions(true).build();

        assertThat(UserPatch.builder().firstName("Ada").build().appliedTo(current)).isEqualTo(current);
    }
}
