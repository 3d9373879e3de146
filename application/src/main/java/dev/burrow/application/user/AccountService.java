package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.actor.RecentAuthentication;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.credential.PasswordPolicy;
import dev.burrow.application.mail.Mailer;
import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.PasswordCheckThrottle;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.text.TextField;
import dev.burrow.domain.text.UuidText;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.DisplayName;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.NotificationSettings;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.RoleAtOrganization;
import dev.burrow.domain.user.ShortcutPosition;
import dev.burrow.domain.user.ThemeMode;
import dev.burrow.domain.user.ToolbarMode;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import dev.burrow.domain.user.UserPreferences;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The write side of a user: PATCH/PUT with PostHog's order of checks, the email change (confirmed by a mailed code
 * when mail is delivered), password changes, and deleting the account. Every change is applied to the freshest
 * stored user and saved with a version check, retried when another request got there first, so two racing
 * changes both survive.
 */
final class AccountService implements UpdateUserUseCase, DeleteUserUseCase, EmailChangeUseCase {

    static final String TOKEN_GUARD = "You can only change your email or password from the PostHog app, not with an "
            + "API key or token.";
    static final String NOT_STAFF = "You are not a staff user, contact your instance admin.";
    static final String EMAIL_TAKEN_LATER =
            "Another account now uses this email address. Start the change again with a different address.";
    static final String INVALID_CODE = "This verification code is invalid or has expired.";
    static final Duration CODE_LIFETIME = Duration.ofHours(1);
    static final int CODE_ATTEMPTS = 5;
    static final int MAX_PASSWORD_LENGTH = 128;

    private final UserRepository users;
    private final UserLookup lookup;
    private final UserProfiles profiles;
    private final OrganizationDirectory directory;
    private final SessionRepository sessions;
    private final EmailVerificationRepository verifications;
    private final PasswordHasher passwords;
    private final PasswordHasher codes;
    private final PasswordPolicy policy;
    private final Mailer mailer;
    private final UserChanges changes;
    private final PasswordCheckThrottle passwordChecks;
    private final Clock clock;
    private final RandomGenerator random;

    AccountService(UserRepository users, UserLookup lookup, UserProfiles profiles, OrganizationDirectory directory,
                   SessionRepository sessions, EmailVerificationRepository verifications, PasswordHasher passwords,
                   PasswordHasher codes, PasswordPolicy policy, Mailer mailer, UserChanges changes,
                   PasswordCheckThrottle passwordChecks, Clock clock, RandomGenerator random) {
        this.users = users;
        this.lookup = lookup;
        this.profiles = profiles;
        this.directory = directory;
        this.sessions = sessions;
        this.verifications = verifications;
        this.passwords = passwords;
        this.codes = codes;
        this.policy = policy;
        this.mailer = mailer;
        this.changes = changes;
        this.passwordChecks = passwordChecks;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public UserProfile update(UpdateUserCommand command) {
        Actor actor = command.actor();
        UserPatch sent = command.patch();
        Instant now = clock.instant();
        guard(actor, sent.sensitive(), sent.currentPassword().sent(), now);
        User target = lookup.resolve(actor, command.lookup());
        guardIdentity(actor, target, sent.email(), sent.password().sent(), now);
        if (sent.staff().sent() && !actor.staff()) {
            throw new PermissionDeniedException(NOT_STAFF);
        }
        PatchChecks checks = new PatchChecks(actor, target);
        UserPatch patch = checks.check(sent, command.replace());
        EmailDecision email = checks.email;
        CurrentContext context = checks.context();
        PasswordHash newPassword = newPassword(target, patch);

        // Hashed before the row is locked: the lock is held only for the writes.
        String pendingCode = email.pending() ? String.format("%06d", random.nextInt(1_000_000)) : null;
        PasswordHash codeHash = pendingCode == null ? null : codes.hash(pendingCode);
        String keptSession = currentSessionOf(actor, target.id());
        User saved = changes.save(target.id(), fresh -> {
            if (newPassword != null) {
                recheckCurrentPassword(target, fresh, patch);
            }
            return apply(fresh, patch, email, context, newPassword);
        }, stored -> {
            if (codeHash != null) {
                verifications.save(new EmailVerificationRepository.PendingVerification(stored.id(),
                        stored.pendingEmail(), codeHash, now, 0));
            }
            if (newPassword != null) {
                sessions.deleteAllOf(stored.id(), keptSession);
            }
        });
        if (newPassword != null) {
            notify(saved.email(), "Your password was changed",
                    "The password of your account was just changed. If this was not you, reset it now.");
        }
        if (pendingCode != null) {
            notify(saved.pendingEmail(), "Confirm your new email address",
                    "Your confirmation code is " + pendingCode + ". It expires in one hour.");
        }
        return profiles.of(saved, actor.userId());
    }

    @Override
    public void delete(DeleteUserCommand command) {
        Actor actor = command.actor();
        guard(actor, true, command.currentPasswordSent(), clock.instant());
        User user = lookup.resolve(actor, command.lookup());
        if (!directory.affiliationsOf(List.of(user.id())).isEmpty() || !users.delete(user.id())) {
            throw new ConflictException("Cannot delete user with organization memberships.");
        }
    }

    @Override
    public void verify(String userUuid, String code) {
        Instant now = clock.instant();
        User user = UuidText.parse(userUuid == null ? "" : userUuid).flatMap(users::activeByUuid)
                .orElseThrow(AccountService::invalidCode);
        EmailVerificationRepository.PendingVerification pending = verifications.of(user.id())
                .filter(v -> user.pendingEmail() != null && v.email().folded().equals(user.pendingEmail().folded()))
                .orElseThrow(AccountService::invalidCode);
        if (!now.isBefore(pending.createdAt().plus(CODE_LIFETIME)) || !verifications.claimAttempt(user.id(),
                CODE_ATTEMPTS)) {
            throw invalidCode();
        }
        if (code == null || !code.strip().matches("\\d{6}") || !codes.verify(code.strip(), pending.codeHash())) {
            throw invalidCode();
        }
        Optional<User> holder = users.byEmail(pending.email()).filter(other -> !other.id().equals(user.id()));
        if (holder.isPresent()) {
            throw new InvalidInputException("email_taken", EMAIL_TAKEN_LATER, null);
        }
        EmailAddress previous = user.email();
        User moved = changes.save(user.id(), fresh -> {
            // A change cancelled or replaced since the code was read is not confirmed by it.
            if (fresh.pendingEmail() == null || !fresh.pendingEmail().folded().equals(pending.email().folded())) {
                throw invalidCode();
            }
            return fresh.withEmail(pending.email(), true);
        }, stored -> {
            verifications.delete(stored.id());
            sessions.deleteAllOf(stored.id(), null);
        });
        notify(previous, "Your email address was changed",
                "The email address of your account is now " + moved.email() + ".");
        notify(moved.email(), "Your email address was changed",
                "This is now the email address of your account.");
    }

    @Override
    public UserProfile cancel(CancelEmailChangeCommand command) {
        Actor actor = command.actor();
        guard(actor, true, command.currentPasswordSent(), clock.instant());
        User user = lookup.resolve(actor, UserLookup.ME);
        if (user.pendingEmail() == null) {
            throw new InvalidInputException("email_change_request_not_found", "No active email change requests found.",
                    null);
        }
        User saved = changes.save(user.id(), fresh -> fresh.withPendingEmail(null),
                stored -> verifications.delete(stored.id()));
        return profiles.of(saved, actor.userId());
    }

    /**
     * What PostHog checks before the action itself, in its order (permissions, then throttles): the recent-login
     * gate where the action is behind it, then the count of a sent {@code current_password} against the user's
     * five checks a minute, so a stale session is told to log in again and not counted.
     */
    private void guard(Actor actor, boolean gated, boolean currentPasswordSent, Instant now) {
        if (gated) {
            RecentAuthentication.require(actor, now);
        }
        if (currentPasswordSent) {
            passwordChecks.count(actor);
        }
    }

    /**
     * PostHog's identity guard, before any field is looked at so that refusals do not reveal which addresses
     * exist: keys and tokens may not touch the email address or the password; a browser session may change the
     * address only within five minutes of logging in.
     */
    private static void guardIdentity(Actor actor, User target, FieldValue<String> email, boolean passwordSent,
                                      Instant now) {
        boolean changesEmail = email.sent() && !(email instanceof FieldValue.Present<String> text
                && text.value() != null && text.value().toLowerCase(Locale.ROOT).equals(target.email().folded()));
        if (actor.isTokenAuthenticated() && (changesEmail || passwordSent)) {
            throw new PermissionDeniedException(TOKEN_GUARD);
        }
        if (changesEmail) {
            RecentAuthentication.requireFresh(actor, now);
        }
    }

    /** What becomes of the address: nothing (same, or only its case), a pending change, or a direct one. */
    private record EmailDecision(EmailAddress address, boolean pending) {
        static final EmailDecision NONE = new EmailDecision(null, false);
    }

    /**
     * PostHog's checks of each field's value (its text rules, the domain's value rules, and the field's own
     * {@code validate_<field>} method), run field by field in the serializer's order, remembering what they found
     * for the save. The switch of organization or project is checked against the caller's memberships, even when
     * staff edit someone else, as in PostHog.
     */
    private final class PatchChecks {

        private final Actor actor;
        private final User target;
        private List<Affiliation> memberships;
        private EmailDecision email = EmailDecision.NONE;
        private OrganizationId organization;
        private Project team;

        PatchChecks(Actor actor, User target) {
            this.actor = actor;
            this.target = target;
        }

        /**
         * The patch with every sent field checked, in field order, and its value as it will be used; the first
         * field that fails, by its type (found by the reader) or its value, is the one reported. {@code replace}
         * (PUT) requires {@code email} and {@code password}.
         */
        UserPatch check(UserPatch sent, boolean replace) {
            FieldValue<String> firstName = sent.firstName().checked(value -> displayName(value, "first_name"));
            FieldValue<String> lastName = sent.lastName().checked(value -> displayName(value, "last_name"));
            FieldValue<String> email = required(sent.email(), replace, "email").checked(value -> {
                String address = EmailAddress.of(TextField.check(value, "email", false, true,
                        EmailAddress.MAX_LENGTH)).value().toLowerCase(Locale.ROOT);
                email(address);
                return address;
            });
            FieldValue<Map<String, Object>> notificationSettings = sent.notificationSettings().checked(value -> {
                notificationSettings(value);
                return value;
            });
            FieldValue<Boolean> anonymizeData = sent.anonymizeData().checked(value -> value);
            FieldValue<Boolean> allowImpersonation = sent.allowImpersonation().checked(value -> value);
            FieldValue<ToolbarMode> toolbarMode = sent.toolbarMode().checked(value -> value);
            FieldValue<Boolean> staff = sent.staff().checked(value -> value);
            FieldValue<String> setCurrentOrganization = sent.setCurrentOrganization().checked(value -> {
                String text = TextField.check(value, "set_current_organization", false, true, null);
                setCurrentOrganization(text);
                return text;
            });
            FieldValue<String> setCurrentTeam = sent.setCurrentTeam().checked(value -> {
                String text = TextField.check(value, "set_current_team", false, true, null);
                setCurrentTeam(text);
                return text;
            });
            FieldValue<String> password = required(sent.password(), replace, "password")
                    .checked(value -> TextField.check(value, "password", false, true, MAX_PASSWORD_LENGTH));
            FieldValue<String> currentPassword = sent.currentPassword()
                    .checked(value -> TextField.check(value, "current_password", false, true, null));
            FieldValue<JsonDocument> eventsColumnConfig = sent.eventsColumnConfig().checked(value -> value);
            FieldValue<JsonDocument> hasSeenProductIntroFor = sent.hasSeenProductIntroFor().checked(value -> value);
            FieldValue<ThemeMode> themeMode = sent.themeMode().checked(value -> value);
            FieldValue<JsonDocument> hedgehogConfig = sent.hedgehogConfig().checked(value -> value);
            FieldValue<Boolean> allowSidebarSuggestions = sent.allowSidebarSuggestions().checked(value -> value);
            FieldValue<ShortcutPosition> shortcutPosition = sent.shortcutPosition().checked(value -> value);
            FieldValue<RoleAtOrganization> roleAtOrganization = sent.roleAtOrganization().checked(value -> value);
            FieldValue<Boolean> passkeysEnabledFor2fa = sent.passkeysEnabledFor2fa().checked(value -> {
                passkeysEnabledFor2fa(value);
                return value;
            });
            return new UserPatch(firstName, lastName, email, notificationSettings, anonymizeData,
                    allowImpersonation, toolbarMode, staff, setCurrentOrganization, setCurrentTeam, password,
                    currentPassword, eventsColumnConfig, hasSeenProductIntroFor, themeMode, hedgehogConfig,
                    allowSidebarSuggestions, shortcutPosition, roleAtOrganization, passkeysEnabledFor2fa,
                    sent.otherFieldsSent());
        }

        private static String displayName(String value, String field) {
            return DisplayName.check(TextField.check(value, field, true, true, null), field);
        }

        private static <T> FieldValue<T> required(FieldValue<T> field, boolean required, String name) {
            if (required && !field.sent()) {
                throw new InvalidInputException("required", "This field is required.", name);
            }
            return field;
        }

        /** A new address must be free; changing only its case is no change. */
        private void email(String value) {
            if (value.equals(target.email().folded())) {
                return;
            }
            EmailAddress wanted = new EmailAddress(value);
            if (users.byEmail(wanted).filter(other -> !other.id().equals(target.id())).isPresent()) {
                throw UserRepository.emailTaken();
            }
            email = new EmailDecision(wanted, mailer.deliversMail());
        }

        private void notificationSettings(Map<String, Object> settings) {
            target.notificationSettings().merge(settings);
        }

        private void setCurrentOrganization(String value) {
            OrganizationId id = UuidText.parse(value).map(OrganizationId::new).orElseThrow(() ->
                    InvalidInputException.invalid("\u201c" + value + "\u201d is not a valid UUID.",
                            "set_current_organization"));
            organization = memberships().stream().map(a -> a.organization().id()).filter(id::equals).findFirst()
                    .orElseThrow(() -> doesNotExist(value, "set_current_organization"));
        }

        /** A project of one of the caller's organizations; a private one only for its admins and owners. */
        private void setCurrentTeam(String value) {
            team = projectId(value).flatMap(directory::project)
                    .filter(project -> memberships().stream().anyMatch(a -> a.reaches(project)))
                    .orElseThrow(() -> doesNotExist(value, "set_current_team"));
        }

        private void passkeysEnabledFor2fa(Boolean enabled) {
            if (Boolean.TRUE.equals(enabled)) {
                throw new InvalidInputException("no_passkeys",
                        "You must have at least one passkey set up before enabling passkeys for 2FA.",
                        "passkeys_enabled_for_2fa");
            }
        }

        /**
         * The organization and project to switch to, checked together as PostHog's update() does; or null. A
         * switch of organization alone lands on its first project the caller reaches, never on a private one
         * that only its admins see.
         */
        CurrentContext context() {
            if (organization == null && team == null) {
                return null;
            }
            if (organization != null && team != null && !team.organizationId().equals(organization)) {
                throw InvalidInputException.invalid(
                        "Team must belong to the same organization in set_current_organization.", "set_current_team");
            }
            if (team == null) {
                Affiliation caller = memberships().stream()
                        .filter(affiliation -> affiliation.organization().id().equals(organization))
                        .findFirst().orElseThrow();
                List<Project> projects = caller.reachable(directory.projectsOf(List.of(organization))
                        .getOrDefault(organization, List.of()));
                return new CurrentContext(organization, projects.isEmpty() ? null : projects.get(0).id());
            }
            return new CurrentContext(team.organizationId(), team.id());
        }

        private List<Affiliation> memberships() {
            if (memberships == null) {
                memberships = directory.affiliationsOf(List.of(actor.userId())).getOrDefault(actor.userId(),
                        List.of());
            }
            return memberships;
        }
    }

    private static Optional<ProjectId> projectId(String value) {
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? Optional.of(new ProjectId(id)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static InvalidInputException doesNotExist(String value, String field) {
        return new InvalidInputException("does_not_exist", "Object with id=" + value + " does not exist.", field);
    }

    /** The checks of a password change, then the new hash (made on the bounded hashing threads). */
    private PasswordHash newPassword(User target, UserPatch patch) {
        if (!patch.password().sent()) {
            return null;
        }
        checkCurrentPassword(target, patch);
        policy.check(patch.password().read().value());
        return passwords.hash(patch.password().read().value());
    }

    /**
     * {@code current_password} was checked against the user as read before the row was locked, so that the slow
     * hash is not computed under the lock. A change that held the lock first may have replaced the password since:
     * then it is checked again, against the locked row, so two changes sent with the same old password cannot
     * both pass. (A login that upgraded the hash also lands here, and the password still matches.)
     */
    private void recheckCurrentPassword(User checked, User locked, UserPatch patch) {
        if (!Objects.equals(locked.password(), checked.password())) {
            checkCurrentPassword(locked, patch);
        }
    }

    private void checkCurrentPassword(User user, UserPatch patch) {
        if (!user.hasUsablePassword()) {
            return;
        }
        String current = patch.currentPassword().sent() ? patch.currentPassword().read().value() : null;
        if (current == null || current.isEmpty()) {
            throw new InvalidInputException("required", "This field is required when updating your password.",
                    "current_password");
        }
        if (!passwords.verify(current, user.password())) {
            throw new InvalidInputException("incorrect_password", "Your current password is incorrect.",
                    "current_password");
        }
    }

    private static User apply(User user, UserPatch patch, EmailDecision email, CurrentContext context,
                              PasswordHash newPassword) {
        User changed = user;
        if (patch.firstName().sent() || patch.lastName().sent()) {
            changed = changed.withNames(
                    patch.firstName().sent() ? patch.firstName().read().value() : user.firstName(),
                    patch.lastName().sent() ? patch.lastName().read().value() : user.lastName());
        }
        if (email.address() != null) {
            changed = email.pending() ? changed.withPendingEmail(email.address())
                    : changed.withEmail(email.address(), user.emailVerified());
        }
        if (patch.notificationSettings().sent()) {
            NotificationSettings merged = changed.notificationSettings()
                    .merge(patch.notificationSettings().read().value());
            changed = changed.withNotificationSettings(merged);
        }
        changed = changed.withPreferences(preferences(changed.preferences(), patch));
        if (patch.staff().sent()) {
            changed = changed.withStaff(patch.staff().read().value());
        }
        if (context != null) {
            changed = changed.withCurrentContext(context);
        }
        if (newPassword != null) {
            changed = changed.withPassword(newPassword);
        }
        return changed;
    }

    private static UserPreferences preferences(UserPreferences current, UserPatch patch) {
        UserPreferences.Builder builder = current.toBuilder();
        if (patch.anonymizeData().sent()) {
            builder.anonymizeData(patch.anonymizeData().read().value());
        }
        if (patch.allowImpersonation().sent()) {
            builder.allowImpersonation(patch.allowImpersonation().read().value());
        }
        if (patch.toolbarMode().sent()) {
            builder.toolbarMode(patch.toolbarMode().read().value());
        }
        if (patch.eventsColumnConfig().sent()) {
            builder.eventsColumnConfig(patch.eventsColumnConfig().read().value());
        }
        if (patch.hasSeenProductIntroFor().sent()) {
            builder.hasSeenProductIntroFor(patch.hasSeenProductIntroFor().read().value());
        }
        if (patch.themeMode().sent()) {
            builder.themeMode(patch.themeMode().read().value());
        }
        if (patch.hedgehogConfig().sent()) {
            builder.hedgehogConfig(patch.hedgehogConfig().read().value());
        }
        if (patch.allowSidebarSuggestions().sent()) {
            builder.allowSidebarSuggestions(patch.allowSidebarSuggestions().read().value());
        }
        if (patch.shortcutPosition().sent()) {
            builder.shortcutPosition(patch.shortcutPosition().read().value());
        }
        if (patch.roleAtOrganization().sent()) {
            builder.roleAtOrganization(patch.roleAtOrganization().read().value());
        }
        if (patch.passkeysEnabledFor2fa().sent()) {
            builder.passkeysEnabledFor2fa(patch.passkeysEnabledFor2fa().read().value());
        }
        return builder.build();
    }

    /** The session of the request stays when a user changes their own password; all others end. */
    private static String currentSessionOf(Actor actor, UserId owner) {
        return actor.credential() instanceof Credential.Session session && actor.userId().equals(owner)
                ? session.sessionId()
                : null;
    }

    private void notify(EmailAddress to, String subject, String body) {
        mailer.send(new Mailer.Email(to.value(), subject, body));
    }

    private static InvalidInputException invalidCode() {
        return new InvalidInputException("invalid_code", INVALID_CODE, "code");
    }
}
