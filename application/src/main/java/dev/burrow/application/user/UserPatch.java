package dev.burrow.application.user;

import dev.burrow.domain.user.Preference;
import dev.burrow.domain.user.UserPreferences;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The writable fields of a user as a caller sent them, in PostHog's serializer order (the order in which they are
 * checked: the first bad field is the one reported). Text fields carry the text as sent, before the text rules
 * (trimming, length) that the use case applies. The preferences travel together, one per
 * {@link UserPreferences#ALL} entry, so a new preference adds nothing here. {@code otherFieldsSent}: the request
 * also carried keys that are no writable field (unknown or read-only ones), which are ignored but, as in PostHog,
 * put the change behind the recent-login gate. Build one with {@link #builder()}.
 */
public record UserPatch(
        FieldValue<String> firstName,
        FieldValue<String> lastName,
        FieldValue<String> email,
        FieldValue<Map<String, Object>> notificationSettings,
        FieldValue<Boolean> staff,
        FieldValue<String> setCurrentOrganization,
        FieldValue<String> setCurrentTeam,
        FieldValue<String> password,
        FieldValue<String> currentPassword,
        Preferences preferences,
        boolean otherFieldsSent) {

    /**
     * Whether this change is behind the recent-login gate: unless it sends only the fields PostHog lets a stale
     * session change (its allow-list for the sensitive-action gate), and at least one of them.
     */
    public boolean sensitive() {
        boolean harmless = setCurrentOrganization.sent() || setCurrentTeam.sent()
                || preferences.anySent(Preference::isHarmless);
        boolean other = otherFieldsSent || firstName.sent() || lastName.sent() || email.sent()
                || notificationSettings.sent() || staff.sent() || password.sent() || currentPassword.sent()
                || preferences.anySent(preference -> !preference.isHarmless());
        return other || !harmless;
    }

    /**
     * {@code current} with the preferences this patch sends (the rest kept): the one place a preference is
     * applied. Call it on a checked patch; a field of the wrong type throws its reader's error.
     */
    UserPreferences appliedTo(UserPreferences current) {
        UserPreferences.Builder builder = current.toBuilder();
        for (Preference<?> preference : UserPreferences.ALL) {
            builder = preferences.applied(preference, builder);
        }
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The preferences as sent, one per entry of {@link UserPreferences#ALL}, in its order. An adapter reads them
     * with a {@link Reader}; a Java caller sets them through {@link Builder#preference}.
     */
    public static final class Preferences {

        private final List<FieldValue<?>> sent;

        private Preferences(List<FieldValue<?>> sent) {
            this.sent = Collections.unmodifiableList(sent);
        }

        /** Reads each preference, in order, the way an adapter finds it in its request. */
        public static Preferences read(Reader reader) {
            List<FieldValue<?>> sent = new ArrayList<>(UserPreferences.ALL.size());
            for (Preference<?> preference : UserPreferences.ALL) {
                sent.add(reader.read(preference));
            }
            return new Preferences(sent);
        }

        /** How a preference was sent. */
        @SuppressWarnings("unchecked")
        public <T> FieldValue<T> get(Preference<T> preference) {
            return (FieldValue<T>) sent.get(UserPreferences.ALL.indexOf(preference));
        }

        /** Whether any preference {@code which} picks was sent. */
        boolean anySent(Predicate<Preference<?>> which) {
            for (int i = 0; i < sent.size(); i++) {
                if (sent.get(i).sent() && which.test(UserPreferences.ALL.get(i))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * These preferences with those {@code which} picks checked, in order, by their own rules (the first bad one
         * throws, its reader's error or its rule's), the others as they were.
         */
        Preferences checked(Predicate<Preference<?>> which) {
            List<FieldValue<?>> checked = new ArrayList<>(sent);
            for (int i = 0; i < checked.size(); i++) {
                if (which.test(UserPreferences.ALL.get(i))) {
                    checked.set(i, checked(UserPreferences.ALL.get(i)));
                }
            }
            return new Preferences(checked);
        }

        private <T> FieldValue<T> checked(Preference<T> preference) {
            return get(preference).checked(preference::checked);
        }

        private <T> UserPreferences.Builder applied(Preference<T> preference, UserPreferences.Builder builder) {
            FieldValue.Present<T> present = get(preference).read();
            return present == null ? builder : preference.set(builder, present.value());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Preferences that && sent.equals(that.sent);
        }

        @Override
        public int hashCode() {
            return sent.hashCode();
        }

        @Override
        public String toString() {
            return "Preferences" + sent;
        }

        /** How an adapter finds one preference in its request. */
        public interface Reader {
            <T> FieldValue<T> read(Preference<T> preference);
        }
    }

    /** A patch for a Java caller: every field not set is not sent. */
    public static final class Builder {

        private FieldValue<String> firstName = FieldValue.absent();
        private FieldValue<String> lastName = FieldValue.absent();
        private FieldValue<String> email = FieldValue.absent();
        private FieldValue<Map<String, Object>> notificationSettings = FieldValue.absent();
        private FieldValue<Boolean> staff = FieldValue.absent();
        private FieldValue<String> setCurrentOrganization = FieldValue.absent();
        private FieldValue<String> setCurrentTeam = FieldValue.absent();
        private FieldValue<String> password = FieldValue.absent();
        private FieldValue<String> currentPassword = FieldValue.absent();
        private final List<FieldValue<?>> preferences = new ArrayList<>(
                Collections.nCopies(UserPreferences.ALL.size(), FieldValue.absent()));
        private boolean otherFieldsSent;

        private Builder() {
        }

        public Builder firstName(String value) {
            firstName = FieldValue.of(value);
            return this;
        }

        public Builder lastName(String value) {
            lastName = FieldValue.of(value);
            return this;
        }

        public Builder email(String value) {
            email = FieldValue.of(value);
            return this;
        }

        public Builder notificationSettings(Map<String, Object> value) {
            notificationSettings = FieldValue.of(value);
            return this;
        }

        public Builder staff(Boolean value) {
            staff = FieldValue.of(value);
            return this;
        }

        public Builder setCurrentOrganization(String value) {
            setCurrentOrganization = FieldValue.of(value);
            return this;
        }

        public Builder setCurrentTeam(String value) {
            setCurrentTeam = FieldValue.of(value);
            return this;
        }

        public Builder password(String value) {
            password = FieldValue.of(value);
            return this;
        }

        public Builder currentPassword(String value) {
            currentPassword = FieldValue.of(value);
            return this;
        }

        /** Sends {@code preference} with {@code value} (which may be null). */
        public <T> Builder preference(Preference<T> preference, T value) {
            preferences.set(UserPreferences.ALL.indexOf(preference), FieldValue.of(value));
            return this;
        }

        public UserPatch build() {
            return new UserPatch(firstName, lastName, email, notificationSettings, staff, setCurrentOrganization,
                    setCurrentTeam, password, currentPassword, new Preferences(new ArrayList<>(preferences)),
                    otherFieldsSent);
        }
    }
}
