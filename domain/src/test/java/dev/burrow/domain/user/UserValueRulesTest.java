package dev.burrow.domain.user;

import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.dashboard.DashboardId;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The value rules a user's update runs, checked here without HTTP or a database. */
class UserValueRulesTest {

    @Test
    void display_names_are_trimmed_as_python_does_and_refused_for_what_a_client_could_render() {
        assertThat(DisplayName.check("\u00a0 Ada \u2007", "first_name")).isEqualTo("Ada");
        assertThat(DisplayName.check("   ", "first_name")).isEmpty();
        assertThat(DisplayName.check("Zo\u00eb O'Brien-Sm\u00edth", "last_name"))
                .isEqualTo("Zo\u00eb O'Brien-Sm\u00edth");
        assertRefused("Ada\nLovelace", "invalid_control_char");
        assertRefused("Ada\u200bLovelace", "invalid_invisible_char");
        assertRefused("Ada\u202eLovelace", "invalid_invisible_char");
        assertRefused("<b>Ada</b>", "invalid_bracket");
        assertRefused("\uff1cb\uff1e", "invalid_bracket");
        assertRefused("see https://evil.test", "invalid_url");
        assertRefused("\uff48\uff54\uff54\uff50\uff1a\uff0f\uff0fx", "invalid_url");
        assertRefused("javascript:alert(1)", "invalid_url");
        assertRefused("evil.com", "invalid_url");
        assertRefused("x".repeat(151), "max_length");
    }

    @Test
    void email_change_codes_are_six_digits_with_leading_zeros() {
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            assertThat(EmailChangeCode.generate(random)).matches("[0-9]{6}");
        }
        assertThat(EmailChangeCode.generate(new Random() {
            @Override
            public int nextInt(int bound) {
                return 42;
            }
        })).isEqualTo("000042");
        assertThat(EmailChangeCode.isWellFormed(" 012345\n")).isTrue();
        for (String bad : List.of("12345", "1234567", "12345a", "", "12 345")) {
            assertThat(EmailChangeCode.isWellFormed(bad)).as(bad).isFalse();
        }
        assertThat(EmailChangeCode.isWellFormed(null)).isFalse();
    }

    @Test
    void a_project_id_is_a_positive_integer_in_text() {
        assertThat(ProjectId.parse(" 12 ")).contains(new ProjectId(12));
        for (String bad : List.of("0", "-3", "1.5", "abc", "", "99999999999999999999")) {
            assertThat(ProjectId.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void a_dashboard_is_in_its_own_project_only() {
        Project web = project(1);
        Dashboard dashboard = new Dashboard(new DashboardId(5), web.id(), "Overview");

        assertThat(dashboard.isIn(web)).isTrue();
        assertThat(dashboard.isIn(project(2))).isFalse();
        assertThat(dashboard.isIn(null)).isFalse();
    }

    @Test
    void passkeys_for_2fa_cannot_be_turned_on_without_a_passkey() {
        assertThatThrownBy(() -> UserPreferences.checkPasskeysEnabledFor2fa(true, () -> false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("no_passkeys");
                    assertThat(e.attr()).isEqualTo("passkeys_enabled_for_2fa");
                });
        assertThatCode(() -> UserPreferences.checkPasskeysEnabledFor2fa(false, () -> false))
                .doesNotThrowAnyException();
        assertThatCode(() -> UserPreferences.checkPasskeysEnabledFor2fa(null, () -> false))
                .doesNotThrowAnyException();
    }

    @Test
    void passkeys_for_2fa_can_be_turned_on_with_a_verified_passkey() {
        assertThatCode(() -> UserPreferences.checkPasskeysEnabledFor2fa(true, () -> true)).doesNotThrowAnyException();
    }

    @Test
    void choices_are_read_by_their_wire_spelling() {
        assertThat(Choice.parse(ThemeMode.class, "dark")).contains(ThemeMode.DARK);
        assertThat(Choice.parse(ThemeMode.class, "DARK")).isEmpty();
    }

    private static void assertRefused(String name, String code) {
        assertThatThrownBy(() -> DisplayName.check(name, "first_name")).as(name)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.attr()).isEqualTo("first_name");
                });
    }

    private static Project project(long id) {
        return Project.create(new ProjectId(id), UUID.randomUUID(), OrganizationId.random(), "token", "Web",
                Instant.EPOCH);
    }
}
