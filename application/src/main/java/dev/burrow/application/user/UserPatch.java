package dev.burrow.application.user;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.text.PythonText;
import dev.burrow.domain.user.Choice;
import dev.burrow.domain.user.DisplayName;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.RoleAtOrganization;
import dev.burrow.domain.user.ShortcutPosition;
import dev.burrow.domain.user.ThemeMode;
import dev.burrow.domain.user.ToolbarMode;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The writable fields of a user, read from a request body the way PostHog's serializer reads them: in its field
 * order (the first bad field is the one reported), with Django REST framework's coercions (booleans spelled
 * {@code "yes"} or {@code 1}, numbers accepted as text) and messages. Unknown and read-only keys are ignored.
 * Body values are plain Java as JSON decodes to, with the JSON-valued fields already {@link JsonDocument}s.
 * A field that was not sent is null; {@link Change} carries one that was, even when set to null.
 */
public record UserPatch(
        Change<String> firstName,
        Change<String> lastName,
        Change<String> email,
        Change<Map<String, Object>> notificationSettings,
        Change<Boolean> anonymizeData,
        Change<Boolean> allowImpersonation,
        Change<ToolbarMode> toolbarMode,
        Change<Boolean> staff,
        Change<String> setCurrentOrganization,
        Change<String> setCurrentTeam,
        Change<String> password,
        Change<String> currentPassword,
        Change<JsonDocument> eventsColumnConfig,
        Change<JsonDocument> hasSeenProductIntroFor,
        Change<ThemeMode> themeMode,
        Change<JsonDocument> hedgehogConfig,
        Change<Boolean> allowSidebarSuggestions,
        Change<ShortcutPosition> shortcutPosition,
        Change<RoleAtOrganization> roleAtOrganization,
        Change<Boolean> passkeysEnabledFor2fa) {

    /** A field that was sent, with the value it was given (which may be null). */
    public record Change<T>(T value) {
    }

    /** The keys that may change without a recent login (PostHog's allow-list for the sensitive-action gate). */
    public static final Set<String> HARMLESS_KEYS = Set.of("theme_mode", "set_current_organization",
            "set_current_team", "allow_sidebar_suggestions", "shortcut_position", "has_seen_product_intro_for",
            "events_column_config", "role_at_organization");

    private static final Set<String> TRUE = Set.of("t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE",
            "on", "On", "ON", "1");
    private static final Set<String> FALSE = Set.of("f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE",
            "off", "Off", "OFF", "0");
    private static final Set<String> NULL = Set.of("null", "Null", "NULL", "");

    /** Reads {@code body}; {@code replace} (PUT) makes {@code email} and {@code password} required. */
    public static UserPatch read(Map<String, ?> body, boolean replace) {
        Reader reader = new Reader(body);
        return new UserPatch(
                reader.displayName("first_name"),
                reader.displayName("last_name"),
                reader.email(replace),
                reader.dictionary("notification_settings"),
                reader.bool("anonymize_data", true),
                reader.bool("allow_impersonation", true),
                reader.choice("toolbar_mode", ToolbarMode.class, true),
                reader.bool("is_staff", false),
                reader.text("set_current_organization", false, true, null, false),
                reader.text("set_current_team", false, true, null, false),
                reader.text("password", false, false, 128, replace),
                reader.text("current_password", true, false, null, false),
                reader.json("events_column_config", false),
                reader.json("has_seen_product_intro_for", true),
                reader.choice("theme_mode", ThemeMode.class, true),
                reader.json("hedgehog_config", true),
                reader.bool("allow_sidebar_suggestions", true),
                reader.choice("shortcut_position", ShortcutPosition.class, true),
                reader.choice("role_at_organization", RoleAtOrganization.class, false),
                reader.bool("passkeys_enabled_for_2fa", true));
    }

    /** Reads one field at a time with DRF's semantics and messages. */
    private static final class Reader {
        private final Map<String, ?> body;

        Reader(Map<String, ?> body) {
            this.body = body;
        }

        Change<String> displayName(String field) {
            Change<String> text = text(field, true, true, null, false);
            return text == null ? null : new Change<>(DisplayName.check(text.value(), field));
        }

        /** An EmailField: trimmed text, at most 254 characters, shaped like an address, lower-cased. */
        Change<String> email(boolean required) {
            Change<String> text = text("email", false, true, EmailAddress.MAX_LENGTH, required);
            if (text == null) {
                return null;
            }
            return new Change<>(EmailAddress.of(text.value()).value().toLowerCase(Locale.ROOT));
        }

        Change<Map<String, Object>> dictionary(String field) {
            if (!body.containsKey(field)) {
                return null;
            }
            Object value = body.get(field);
            if (value == null) {
                throw notNull(field);
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw new InvalidInputException("not_a_dict", "Expected a dictionary of items but got type \""
                        + PythonText.typeName(value) + "\".", field);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> entries = (Map<String, Object>) map;
            return new Change<>(entries);
        }

        Change<Boolean> bool(String field, boolean nullable) {
            if (!body.containsKey(field)) {
                return null;
            }
            Object value = body.get(field);
            if (value instanceof Boolean flag) {
                return new Change<>(flag);
            }
            if (value == null || value instanceof String text && NULL.contains(text)) {
                if (nullable) {
                    return new Change<>(null);
                }
                if (value == null) {
                    throw notNull(field);
                }
            }
            if (value instanceof String text) {
                if (TRUE.contains(text)) {
                    return new Change<>(true);
                }
                if (FALSE.contains(text)) {
                    return new Change<>(false);
                }
            }
            if (value instanceof Number number) {
                BigDecimal decimal = new BigDecimal(number.toString());
                if (decimal.compareTo(BigDecimal.ONE) == 0) {
                    return new Change<>(true);
                }
                if (decimal.signum() == 0) {
                    return new Change<>(false);
                }
            }
            throw InvalidInputException.invalid("Must be a valid boolean.", field);
        }

        <E extends Enum<E> & Choice> Change<E> choice(String field, Class<E> type, boolean lenient) {
            if (!body.containsKey(field)) {
                return null;
            }
            Object value = body.get(field);
            if (value == null) {
                if (lenient) {
                    return new Change<>(null);
                }
                throw notNull(field);
            }
            String text = PythonText.str(value);
            if (text.isEmpty() && !lenient) {
                throw invalidChoice(text, field);
            }
            return new Change<>(Choice.parse(type, text).orElseThrow(() -> invalidChoice(text, field)));
        }

        /**
         * A CharField: text, or a number as its text; {@code allowBlank} lets {@code ""} (or spaces, when
         * {@code trim}) through; at most {@code maxLength} characters when given.
         */
        Change<String> text(String field, boolean allowBlank, boolean trim, Integer maxLength, boolean required) {
            if (!body.containsKey(field)) {
                if (required) {
                    throw new InvalidInputException("required", "This field is required.", field);
                }
                return null;
            }
            Object value = body.get(field);
            if (value == null) {
                throw notNull(field);
            }
            if (!(value instanceof String) && !(value instanceof Number)) {
                throw InvalidInputException.invalid("Not a valid string.", field);
            }
            String text = PythonText.str(value);
            if (trim) {
                text = text.strip();
            }
            if (!allowBlank && text.isEmpty()) {
                throw new InvalidInputException("blank", "This field may not be blank.", field);
            }
            if (maxLength != null && text.length() > maxLength) {
                throw new InvalidInputException("max_length",
                        "Ensure this field has no more than " + maxLength + " characters.", field);
            }
            return new Change<>(text);
        }

        Change<JsonDocument> json(String field, boolean nullable) {
            if (!body.containsKey(field)) {
                return null;
            }
            Object value = body.get(field);
            if (value == null && !nullable) {
                throw notNull(field);
            }
            if (value != null && !(value instanceof JsonDocument)) {
                throw new IllegalArgumentException(field + " must arrive as a JSON document");
            }
            return new Change<>((JsonDocument) value);
        }

        private static InvalidInputException notNull(String field) {
            return new InvalidInputException("null", "This field may not be null.", field);
        }

        private static InvalidInputException invalidChoice(String text, String field) {
            return new InvalidInputException("invalid_choice", "\"" + text + "\" is not a valid choice.", field);
        }
    }
}
