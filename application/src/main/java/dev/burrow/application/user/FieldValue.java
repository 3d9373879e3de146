package dev.burrow.application.user;

import dev.burrow.domain.failure.InvalidInputException;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One field of a change as the caller sent it: not sent, sent with a value (which may be null), or sent with a value
 * of the wrong type, carrying the error the reader found. A use case looks at its fields in their declared order and
 * reports the first that fails, whether its type or its value was wrong, as Django REST framework does; so an
 * adapter reports a type error here rather than throwing it, and the application never sees the wire format.
 */
public sealed interface FieldValue<T> {

    /** The field was not sent. */
    record Absent<T>() implements FieldValue<T> {
    }

    /** The field was sent with {@code value}, which may be null. */
    record Present<T>(T value) implements FieldValue<T> {
    }

    /** The field was sent with a value of the wrong type; {@code error} says so, naming the field. */
    record Invalid<T>(InvalidInputException error) implements FieldValue<T> {

        public Invalid {
            Objects.requireNonNull(error, "error");
        }
    }

    static <T> FieldValue<T> absent() {
        return new Absent<>();
    }

    static <T> FieldValue<T> of(T value) {
        return new Present<>(value);
    }

    static <T> FieldValue<T> invalid(InvalidInputException error) {
        return new Invalid<>(error);
    }

    /** Whether the field was in the request, of the right type or not. */
    default boolean sent() {
        return !(this instanceof Absent<T>);
    }

    /** The field as sent: null when it was not, its reader's error when its type was wrong. */
    default Present<T> read() {
        if (this instanceof Invalid<T> invalid) {
            throw invalid.error();
        }
        return this instanceof Present<T> present ? present : null;
    }

    /** The value sent, or {@code other} when the field was not sent; its reader's error when its type was wrong. */
    default T orElse(T other) {
        Present<T> present = read();
        return present == null ? other : present.value();
    }

    /** The value sent, if it was and is not null; its reader's error when its type was wrong. */
    default Optional<T> optional() {
        return Optional.ofNullable(orElse(null));
    }

    /** Hands the value to {@code use} when the field was sent; its reader's error when its type was wrong. */
    default void ifSent(Consumer<T> use) {
        Present<T> present = read();
        if (present != null) {
            use.accept(present.value());
        }
    }

    /** The field with its value converted by {@code conversion}; a field not sent or of the wrong type stays so. */
    default <R> FieldValue<R> map(Function<T, R> conversion) {
        if (this instanceof Invalid<T> invalid) {
            return invalid(invalid.error());
        }
        return this instanceof Present<T> present ? of(conversion.apply(present.value())) : absent();
    }

    /**
     * The field with {@code rules} applied to its value (they may throw their own error), or its reader's error;
     * a field not sent stays so.
     */
    default <R> FieldValue<R> checked(Function<T, R> rules) {
        Present<T> present = read();
        return present == null ? absent() : of(rules.apply(present.value()));
    }
}
