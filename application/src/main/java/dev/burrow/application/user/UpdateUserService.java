package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.text.TextField;
import dev.burrow.domain.text.UuidText;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.DisplayName;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.NotificationSettings;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.Preference;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserPreferences;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * PATCH/PUT of a user with PostHog's order of checks: the recent-login gate and the password-check throttle, who
 * may change whom, the identity guard, then each field in order. A new password or a new address that waits for
 * its code is handled by {@link PasswordChange} and {@link EmailChangeCodes}. The change is written over the user as
 * checked, if nobody changed them since, or else applied to the freshest stored user under its row lock, so two
 * racing changes both survive ({@link UserChanges#saveAsRead}).
 */
record UpdateUserService(SensitiveActions sensitive, UserLookup lookup, UserRepository users,
                         OrganizationDirectory directory, PasskeyDirectory passkeys, PasswordChange passwords,
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
        CheckedPatch checked = check(actor, target, sent, command.replace());
        String password = value(checked.patch().password());
        String current = value(checked.patch().currentPassword());
        PasswordHash newPassword = password == null ? null : passwords.newHash(target, password, current);
        EmailChangeCodes.Issued code = checked.email().pending() ? codes.issue() : null;

        // Most patches store nothing beside the user: then the update is all the database is asked for.
        boolean storesAlongside = code != null || newPassword != null || sendsPasskeysOn(checked);
        User saved = changes.saveAsRead(target, fresh -> {
            if (newPassword != null) {
                passwords.recheck(target, fresh, current);
            }
            return apply(fresh, target, checked, newPassword);
        }, !storesAlongside ? null : stored -> {
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

    private static boolean sendsPasskeysOn(CheckedPatch checked) {
        return Boolean.TRUE.equals(value(checked.patch().preferences().get(UserPreferences.PASSKEYS_ENABLED_FOR_2FA)));
    }

    /** Whether the change turns passkeys on as the second factor for a user who did not have them on. */
    private static boolean turnsOnPasskeys(User stored, User read, CheckedPatch checked) {
        return sendsPasskeysOn(checked)
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
            SensitiveActions.requireFresh(actor, now);
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
        EmailDecision email = checked.email();
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

    /** What becomes of the address: nothing (same, or only its case), a pending change, or a direct one. */
    record EmailDecision(EmailAddress address, boolean pending) {
        static final EmailDecision NONE = new EmailDecision(null, false);
    }

    /**
     * A patch whose every field passed: the values as they will be used, what becomes of the address, the
     * notification settings as merged into the user's (null when not sent), and the organization and project to
     * switch to (null when neither was sent).
     */
    record CheckedPatch(UserPatch patch, EmailDecision email, NotificationSettings notificationSettings,
                        CurrentContext context) {
    }

    /**
     * The preferences PostHog's serializer lists before {@code is_staff}; the others (and any new one) come after
     * {@code current_password}.
     */
    private static final Set<Preference<?>> BEFORE_STAFF = Set.of(UserPreferences.ANONYMIZE_DATA,
            UserPreferences.ALLOW_IMPERSONATION, UserPreferences.TOOLBAR_MODE);

    /**
     * PostHog's checks of each sent field, run field by field in the serializer's order: the field's type (found
     * by the adapter's reader), its text rules, the domain's value rules, and the field's own
     * {@code validate_<field>} method; a preference's rule is declared with it ({@link Preference}), but for the one
     * that needs a port ({@code passkeys_enabled_for_2fa}, which asks the passkey store). The first
     * field that fails is the one reported. The switch of organization or project is checked against the caller's
     * memberships, even when staff edit someone else, as in PostHog. {@code replace} (PUT) requires {@code email}
     * and {@code password}.
     */
    private CheckedPatch check(Actor actor, User target, UserPatch sent, boolean replace) {
        Memberships memberships = new Memberships(actor);
        FieldValue<String> firstName = sent.firstName().checked(value -> displayName(value, "first_name"));
        FieldValue<String> lastName = sent.lastName().checked(value -> displayName(value, "last_name"));
        FieldValue<String> email = required(sent.email(), replace, "email").checked(value -> {
            String address = EmailAddress.of(TextField.check(value, "email", false, true, EmailAddress.MAX_LENGTH))
                    .value().toLowerCase(Locale.ROOT);
            requireFree(target, address);
            return address;
        });
        FieldValue<NotificationSettings> notificationSettings = sent.notificationSettings()
                .checked(value -> target.notificationSettings().merge(value));
        UserPatch.Preferences preferences = sent.preferences().checked(BEFORE_STAFF::contains);
        FieldValue<Boolean> staff = sent.staff().checked(value -> value);
        FieldValue<OrganizationId> organization = sent.setCurrentOrganization().checked(value ->
                organization(TextField.check(value, "set_current_organization", false, true, null), memberships));
        FieldValue<Project> team = sent.setCurrentTeam().checked(value ->
                team(TextField.check(value, "set_current_team", false, true, null), memberships));
        FieldValue<String> password = required(sent.password(), replace, "password")
                .checked(value -> TextField.check(value, "password", false, true, PasswordChange.MAX_LENGTH));
        FieldValue<String> currentPassword = sent.currentPassword()
                .checked(value -> TextField.check(value, "current_password", false, true, null));
        preferences = preferences.checked(preference -> !BEFORE_STAFF.contains(preference));
        // Passkeys (issue 13): the one preference rule that needs a port, run in its field's place (the last
        // preference, so right after the others): passkeys may be turned on for 2FA only with a verified passkey.
        UserPreferences.checkPasskeysEnabledFor2fa(value(preferences.get(UserPreferences.PASSKEYS_ENABLED_FOR_2FA)),
                () -> passkeys.hasVerified(target.id()));
        CurrentContext context = context(value(organization), value(team), memberships);
        UserPatch checked = new UserPatch(firstName, lastName, email, sent.notificationSettings(), staff,
                sent.setCurrentOrganization(), sent.setCurrentTeam(), password, currentPassword, preferences,
                sent.otherFieldsSent());
        return new CheckedPatch(checked, emailDecision(target, value(email)), value(notificationSettings), context);
    }

    /** The value of a checked field, or null when it was not sent. */
    static <T> T value(FieldValue<T> field) {
        FieldValue.Present<T> present = field.read();
        return present == null ? null : present.value();
    }

    private static String displayName(String value, String field) {
        return DisplayName.check(TextField.check(value, field, true, true, null), field);
    }

    private static <T> FieldValue<T> required(FieldValue<T> field, boolean required, String name) {
        if (required && !field.sent()) {
            throw InvalidInputException.required(name);
        }
        return field;
    }

    /** A new address must be free; changing only its case is no change. */
    private void requireFree(User target, String address) {
        if (!target.email().isSameAs(address) && users.byEmail(new EmailAddress(address))
                .filter(other -> !other.id().equals(target.id())).isPresent()) {
            throw UserRepository.emailTaken();
        }
    }

    private EmailDecision emailDecision(User target, String address) {
        if (address == null || target.email().isSameAs(address)) {
            return EmailDecision.NONE;
        }
        return new EmailDecision(new EmailAddress(address), mail.delivered());
    }

    private static OrganizationId organization(String value, Memberships memberships) {
        OrganizationId id = UuidText.parse(value).map(OrganizationId::new).orElseThrow(() ->
                InvalidInputException.invalid("\u201c" + value + "\u201d is not a valid UUID.",
                        "set_current_organization"));
        return memberships.get().stream().map(a -> a.organization().id()).filter(id::equals).findFirst()
                .orElseThrow(() -> doesNotExist(value, "set_current_organization"));
    }

    /** A project of one of the caller's organizations; a private one only for its admins and owners. */
    private Project team(String value, Memberships memberships) {
        return ProjectId.parse(value).flatMap(directory::project)
                .filter(project -> memberships.get().stream().anyMatch(a -> a.reaches(project)))
                .orElseThrow(() -> doesNotExist(value, "set_current_team"));
    }

    /**
     * The organization and project to switch to, checked together as PostHog's update() does; or null. A switch
     * of organization alone lands on its first project the caller reaches, never on a private one that only its
     * admins see.
     */
    private CurrentContext context(OrganizationId organization, Project team, Memberships memberships) {
        if (organization == null && team == null) {
            return null;
        }
        if (organization != null && team != null && !team.organizationId().equals(organization)) {
            throw InvalidInputException.invalid(
                    "Team must belong to the same organization in set_current_organization.", "set_current_team");
        }
        if (team == null) {
            Affiliation caller = memberships.get().stream()
                    .filter(affiliation -> affiliation.organization().id().equals(organization))
                    .findFirst().orElseThrow();
            List<Project> projects = caller.reachable(directory.projectsOf(List.of(organization))
                    .getOrDefault(organization, List.of()));
            return new CurrentContext(organization, projects.isEmpty() ? null : projects.get(0).id());
        }
        return new CurrentContext(team.organizationId(), team.id());
    }

    private static InvalidInputException doesNotExist(String value, String field) {
        return new InvalidInputException("does_not_exist", "Object with id=" + value + " does not exist.", field);
    }

    /** The caller's memberships, read once and only when a switch of organization or project needs them. */
    private final class Memberships {

        private final Actor actor;
        private List<Affiliation> loaded;

        Memberships(Actor actor) {
            this.actor = actor;
        }

        List<Affiliation> get() {
            if (loaded == null) {
                loaded = directory.affiliationsOf(List.of(actor.userId())).getOrDefault(actor.userId(), List.of());
            }
            return loaded;
        }
    }
}
