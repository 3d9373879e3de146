package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One setting of {@link UserPreferences}, declared once with what every layer needs to know of it: its
 * {@code name} (PostHog's field, and the {@code attr} of its errors), its Java {@code type} (which tells the HTTP
 * adapter how to read it: {@code Boolean}, a {@link Choice} or a {@code JsonDocument}), its {@code setter} (its
 * {@link UserPreferences.Builder} method), whether it is {@code nullable}, whether it is {@code harmless} (a change
 * of it alone passes the recent-login gate, as PostHog's allow-list lets it) and its value {@code rule}. The patch,
 * its checks and its application walk {@link UserPreferences#ALL}, so a new preference is declared there and
 * nowhere else in the core.
 */
@HostApi
public record Preference<T>(String name, Class<T> type,
                            BiFunction<UserPreferences.Builder, T, UserPreferences.Builder> setter,
                            boolean nullable, boolean harmless, Consumer<T> rule) {

    public Preference {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(setter, "setter");
        Objects.requireNonNull(rule, "rule");
    }

    /** A preference that may be null, has no rule beyond its type and is behind the recent-login gate. */
    static <T> Preference<T> of(String name, Class<T> type,
                                BiFunction<UserPreferences.Builder, T, UserPreferences.Builder> setter) {
        return new Preference<>(name, type, setter, true, false, value -> {
        });
    }

    /** This preference refusing null, as a DRF field without {@code allow_null}. */
    Preference<T> refusingNull() {
        return new Preference<>(name, type, setter, false, harmless, rule);
    }

    /** This preference changeable by a stale session, as PostHog's allow-list for the recent-login gate lets it. */
    Preference<T> allowedWhenStale() {
        return new Preference<>(name, type, setter, nullable, true, rule);
    }

    /** This preference with its value rule (it throws {@code InvalidInputException} naming the field). */
    Preference<T> withRule(Consumer<T> check) {
        return new Preference<>(name, type, setter, nullable, harmless, check);
    }

    /** {@code value} once it passed the preference's rule, which throws naming the field otherwise. */
    public T checked(T value) {
        rule.accept(value);
        return value;
    }

    /** {@code builder} with this preference set to {@code value}. */
    public UserPreferences.Builder set(UserPreferences.Builder builder, T value) {
        return setter.apply(builder, value);
    }

    @Override
    public String toString() {
        return "Preference[" + name + "]";
    }
}
