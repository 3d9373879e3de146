package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One setting of {@link UserPreferences}, declared once with what every layer needs to know of it: its name
 * (PostHog's field, and the {@code attr} of its errors), its Java type (which tells the HTTP adapter how to read
 * it), whether null is allowed, its value rule, and whether a stale session may change it (PostHog's allow-list
 * for the recent-login gate). The patch, its checks and its application walk {@link UserPreferences#ALL}, so a new
 * preference is declared there and nowhere else in the core.
 */
@HostApi
public final class Preference<T> {

    private final String name;
    private final Class<T> type;
    private final BiFunction<UserPreferences.Builder, T, UserPreferences.Builder> setter;
    private final boolean nullable;
    private final boolean harmless;
    private final Consumer<T> rule;

    private Preference(String name, Class<T> type, BiFunction<UserPreferences.Builder, T, UserPreferences.Builder> setter,
                       boolean nullable, boolean harmless, Consumer<T> rule) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.setter = Objects.requireNonNull(setter, "setter");
        this.nullable = nullable;
        this.harmless = harmless;
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * A preference that may be null, has no rule beyond its type and is behind the recent-login gate; the methods
     * below say otherwise. {@code setter} is its {@link UserPreferences.Builder} method.
     */
    static <T> Preference<T> of(String name, Class<T> type,
                                BiFunction<UserPreferences.Builder, T, UserPreferences.Builder> setter) {
        return new Preference<>(name, type, setter, true, false, value -> {
        });
    }

    /** This preference refusing null, as a DRF field without {@code allow_null}. */
    Preference<T> notNull() {
        return new Preference<>(name, type, setter, false, harmless, rule);
    }

    /** This preference changeable by a stale session, as PostHog's allow-list for the recent-login gate lets it. */
    Preference<T> harmless() {
        return new Preference<>(name, type, setter, nullable, true, rule);
    }

    /** This preference with its value rule (it throws {@code InvalidInputException} naming the field). */
    Preference<T> rule(Consumer<T> check) {
        return new Preference<>(name, type, setter, nullable, harmless, check);
    }

    /** PostHog's name of the field. */
    public String name() {
        return name;
    }

    /** The Java type of its value: {@code Boolean}, a {@link Choice} or a {@code JsonDocument}. */
    public Class<T> type() {
        return type;
    }

    /** Whether null is a value it may take. */
    public boolean nullable() {
        return nullable;
    }

    /** Whether a change of it alone passes the recent-login gate. */
    public boolean isHarmless() {
        return harmless;
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
