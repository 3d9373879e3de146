package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.fake.MovableClock;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.RecordingMailer;
import dev.burrow.application.fake.TestData;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The update reports the first bad field in PostHog's field order, whether the adapter found its type wrong or
 * the use case found its value wrong, with no JSON in sight.
 */
class FieldOrderTest {

    private static final InvalidInputException NOT_A_STRING = InvalidInputException.invalid("Not a valid string.",
            "last_name");

    private final Persistence persistence = Persistence.inMemory();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final UserUseCases users = UserUseCases.create(persistence.userPorts(),
            new DjangoPasswordHasher(1000, new SecureRandom()), new RecordingMailer(false), clock, new SecureRandom());
    private final User ada = new TestData(persistence).user("ada@example.com");
    private final Actor actor = Actor.of(ada, new Credential.Session("session", clock.instant()));

    @Test
    void a_bad_value_before_a_bad_type_is_reported_first() {
        UserPatch patch = withLastName(UserPatch.builder().firstName("<b>Ada</b>").build(),
                FieldValue.invalid(NOT_A_STRING));

        assertThatThrownBy(() -> update(patch)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo("invalid_bracket");
            assertThat(e.attr()).isEqualTo("first_name");
        });
    }

    @Test
    void a_bad_type_before_a_bad_value_is_reported_first() {
        UserPatch patch = withLastName(UserPatch.builder().firstName("Ada").email("not an address").build(),
                FieldValue.invalid(NOT_A_STRING));

        assertThatThrownBy(() -> update(patch)).isSameAs(NOT_A_STRING);
    }

    @Test
    void nothing_is_saved_when_a_later_field_fails() {
        UserPatch patch = UserPatch.builder().firstName("Grace").password("short").currentPassword("")
                .build();

        assertThatThrownBy(() -> update(patch)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.attr()).isEqualTo("current_password"));
        assertThat(persistence.users().byId(ada.id()).orElseThrow().firstName()).isEqualTo("First");
    }

    private UserProfile update(UserPatch patch) {
        return users.update().update(new UpdateUserUseCase.UpdateUserCommand(actor, "@me", patch, false));
    }

    private static UserPatch withLastName(UserPatch p, FieldValue<String> lastName) {
        return new UserPatch(p.firstName(), lastName, p.email(), p.notificationSettings(), p.staff(),
                p.setCurrentOrganization(), p.setCurrentTeam(), p.password(), p.currentPassword(), p.preferences(),
                p.otherFieldsSent());
    }
}
