package dev.burrow.application.contract;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.fake.RecordingMailer;
import dev.burrow.application.user.UpdateUserUseCase;
import dev.burrow.application.user.UserPatch;
import dev.burrow.application.user.UserUseCases;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password change over every store: {@code current_password} holds against the row the change is written to,
 * so two changes sent with the same old password cannot both pass.
 */
public abstract class PasswordChangeContract extends PersistenceContract {

    private static final String OLD = "correct horse battery staple";
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final SecureRandom random = new SecureRandom();

    @Test
    void two_changes_with_the_same_old_password_one_wins_the_other_is_told_it_is_wrong() throws Exception {
        PasswordHasher real = new DjangoPasswordHasher(1000, random);
        User ada = data.user("ada@example.com", OLD, real);
        // Both changes have checked the old password before either takes the user's lock.
        MeetingHasher hasher = new MeetingHasher(real, 2);
        UpdateUserUseCase update = UserUseCases.create(persistence.userPorts(), hasher, new RecordingMailer(false),
                Clock.fixed(NOW, ZoneOffset.UTC), random).update();
        Actor actor = Actor.of(ada, new Credential.Session("session-1", NOW));
        List<String> wanted = List.of("a brand new passphrase one", "another fresh passphrase two");

        List<String> outcomes = Race.run(2, racer -> () -> {
            try {
                update.update(new UpdateUserUseCase.UpdateUserCommand(actor, "@me",
                        UserPatch.builder().password(wanted.get(racer)).currentPassword(OLD).build(), false));
                return "changed";
            } catch (InvalidInputException e) {
                return e.code() + " on " + e.attr();
            }
        });

        assertThat(hasher.met()).as("both changes checked the old password before either saved").isTrue();
        assertThat(outcomes).containsExactlyInAnyOrder("changed", "incorrect_password on current_password");
        PasswordHash stored = persistence.users().byId(ada.id()).orElseThrow().password();
        String winner = wanted.get(outcomes.indexOf("changed"));
        String loser = wanted.get(1 - outcomes.indexOf("changed"));
        assertThat(real.verify(winner, stored)).isTrue();
        assertThat(real.verify(loser, stored)).isFalse();
        assertThat(real.verify(OLD, stored)).isFalse();
    }

    /** A hasher whose first {@code parties} checks wait for each other (up to a deadline) before answering. */
    private static final class MeetingHasher implements PasswordHasher {
        private final PasswordHasher delegate;
        private final int parties;
        private final CountDownLatch meeting;
        private final AtomicInteger checks = new AtomicInteger();

        MeetingHasher(PasswordHasher delegate, int parties) {
            this.delegate = delegate;
            this.parties = parties;
            this.meeting = new CountDownLatch(parties);
        }

        boolean met() {
            return meeting.getCount() == 0;
        }

        @Override
        public PasswordHash hash(String password) {
            return delegate.hash(password);
        }

        @Override
        public boolean verify(String password, PasswordHash hash) {
            if (checks.incrementAndGet() <= parties) {
                meeting.countDown();
                try {
                    if (!meeting.await(30, TimeUnit.SECONDS)) {
                        throw new AssertionError("the other change never checked its password");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            return delegate.verify(password, hash);
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return delegate.needsRehash(hash);
        }
    }
}
