package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.text.UuidText;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.User;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Finishing a change of address with its mailed code (which ends every session: the account's address is its
 * login), or abandoning it.
 */
record EmailChangeService(SensitiveActions sensitive, UserRepository users, UserLookup lookup, UserProfiles profiles,
                          EmailChangeCodes codes, SessionRepository sessions, UserChanges changes, AccountMail mail,
                          Clock clock) implements EmailChangeUseCase {

    static final String EMAIL_TAKEN_LATER =
            "Another account now uses this email address. Start the change again with a different address.";

    @Override
    public void verify(String userUuid, String code) {
        Instant now = clock.instant();
        User user = UuidText.parse(userUuid == null ? "" : userUuid).flatMap(users::activeByUuid)
                .orElseThrow(EmailChangeCodes::invalidCode);
        EmailVerificationRepository.PendingVerification pending = codes.confirmed(user, code, now);
        Optional<User> holder = users.byEmail(pending.email()).filter(other -> !other.id().equals(user.id()));
        if (holder.isPresent()) {
            throw new InvalidInputException("email_taken", EMAIL_TAKEN_LATER, null);
        }
        EmailAddress previous = user.email();
        User moved = changes.save(user.id(), fresh -> {
            // A change cancelled or replaced since the code was read is not confirmed by it.
            if (!fresh.awaitsEmail(pending.email())) {
                throw EmailChangeCodes.invalidCode();
            }
            return fresh.withEmail(pending.email(), true);
        }, stored -> {
            codes.forget(stored.id());
            sessions.deleteAllOf(stored.id(), null);
        });
        mail.addressChanged(previous, moved.email());
    }

    @Override
    public UserProfile cancel(CancelEmailChangeCommand command) {
        Actor actor = command.actor();
        sensitive.guard(actor, true, command.currentPasswordSent());
        User user = lookup.resolve(actor, UserLookup.ME);
        if (user.pendingEmail() == null) {
            throw new InvalidInputException("email_change_request_not_found", "No active email change requests found.",
                    null);
        }
        User saved = changes.save(user.id(), fresh -> fresh.withPendingEmail(null),
                stored -> codes.forget(stored.id()));
        return profiles.of(saved, actor.userId());
    }
}
