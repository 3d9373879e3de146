package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.RecentAuthentication;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.application.user.UserPatchRules.CheckedPatch;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.user.NotificationSettings;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserPreferences;

import java.time.Clock;
import java.time.Instant;

import static dev.burrow.application.user.UserPatchRules.value;

/**
 * PATCH/PUT of a user with PostHog's order of checks: the recent-login gate and the password-check throttle, who
 * may change whom, the identity guard, then each field in order. A new password or a new address that waits for
 * its code is handled by {@link PasswordChange} and {@link EmailChangeCodes}. The change is applied to the freshest
 * stored user and saved under its row lock, so two racing changes both survive.
 */
record UpdateUserService(SensitiveActions sensitive, UserLookup lookup, UserPatchRules rules, PasswordChange passwords,
                         EmailChangeCodes codes, UserChanges changes, UserProfiles profiles, AccountMail mail,
                         Clock clock) implements UpdateUserUseCase {

    static final String TOKEN_GUARD = "You can only change your email or password from the PostHog app, not with an "
            + "API key or token.";
    static final String NOT_STAFF = "You are not a staff user, contact your instance admin.";

    @Override
    public UserProfile update(UpdateUserCommand command) {
        Actor actor = command.actor();
        UserPatch sent = command.patch();
        Instant now = clock.instant();
        sensitive.guard(actor, sent.sensitive(), sent.currentPassword().sent());
        User target = lookup.resolve(actor, command.lookup());
        guardIdentity(actor, target, sent, now);
        if (sent.staff().sent() && !actor.staff()) {
            throw new PermissionDeniedException(NOT_STAFF);
        }
        CheckedPatch checked = rules.check(actor, target, sent, command.replace());
        String password = value(checked.patch().password());
        String current = value(checked.patch().currentPassword());
        PasswordHash newPassword = password == null ? null : passwords.newHash(target, password, current);
        EmailChangeCodes.Issued code = checked.email().pending() ? codes.issue() : null;

        User saved = changes.save(target.id(), fresh -> {
            if (newPassword != null) {
                passwords.recheck(target, fresh, current);
            }
            return apply(fresh, target, checked, newPassword);
        }, stored -> {
            if (code != null) {
                codes.store(stored, code, now);
            }
            if (newPassword != null) {
                passwords.endOtherSessions(actor, stored.id());
            }
            // Passkeys (issue 13): turning passkeys on as the second factor ends the user's other sessions, as
            // turning TOTP on does; turning them off does not.
            if (newPassword == null && turnsOnPasskeys(stored, target, checked)) {
                passwords.endOtherSessions(actor, stored.id());
            }
        });
        if (newPassword != null) {
            mail.passwordChanged(saved.email());
        }
        if (code != null) {
            mail.confirmNewAddress(saved.pendingEmail(), code.code());
        }
        return profiles.of(saved, actor.userId());
    }

    /** Whether the change turns passkeys on as the second factor for a user who did not have them on. */
    private static boolean turnsOnPasskeys(User stored, User read, CheckedPatch checked) {
        return Boolean.TRUE.equals(
                value(checked.patch().preferences().get(UserPreferences.PASSKEYS_ENABLED_FOR_2FA)))
                && !Boolean.TRUE.equals(read.preferences().passkeysEnabledFor2fa())
                && Boolean.TRUE.equals(stored.preferences().passkeysEnabledFor2fa());
    }

    /**
     * PostHog's identity guard, before any field is looked at so that refusals do not reveal which addresses
     * exist: keys and tokens may not touch the email address or the password; a browser session may change the
     * address only within five minutes of logging in.
     */
    private static void guardIdentity(Actor actor, User target, UserPatch sent, Instant now) {
        FieldValue<String> email = sent.email();
        boolean changesEmail = email.sent()
                && !(email instanceof FieldValue.Present<String> text && target.email().isSameAs(text.value()));
        if (actor.isTokenAuthenticated() && (changesEmail || sent.password().sent())) {
            throw new PermissionDeniedException(TOKEN_GUARD);
        }
        if (changesEmail) {
            RecentAuthentication.requireFresh(actor, now);
        }
    }

    /**
     * The checked patch applied to {@code fresh}, the user as locked. The notification settings were merged into
     * the user as read when they were checked; they are merged again only if another change moved them since.
     */
    private static User apply(User fresh, User read, CheckedPatch checked, PasswordHash newPassword) {
        UserPatch patch = checked.patch();
        User changed = fresh;
        if (patch.firstName().sent() || patch.lastName().sent()) {
            changed = changed.withNames(
                    patch.firstName().sent() ? value(patch.firstName()) : fresh.firstName(),
                    patch.lastName().sent() ? value(patch.lastName()) : fresh.lastName());
        }
        UserPatchRules.EmailDecision email = checked.email();
        if (email.address() != null) {
            changed = email.pending() ? changed.withPendingEmail(email.address())
                    : changed.withEmail(email.address(), fresh.emailVerified());
        }
        if (checked.notificationSettings() != null) {
            NotificationSettings merged = fresh.notificationSettings().equals(read.notificationSettings())
                    ? checked.notificationSettings()
                    : fresh.notificationSettings().merge(value(patch.notificationSettings()));
            changed = changed.withNotificationSettings(merged);
        }
        changed = changed.withPreferences(patch.appliedTo(changed.preferences()));
        if (patch.staff().sent()) {
            changed = changed.withStaff(value(patch.staff()));
        }
        if (checked.context() != null) {
            changed = changed.withCurrentContext(checked.context());
        }
        if (newPassword != null) {
            changed = changed.withPassword(newPassword);
        }
        return changed;
    }
}
