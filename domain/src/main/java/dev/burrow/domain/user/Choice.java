package dev.burrow.domain.user;

import java.util.Optional;

/** A setting with a fixed set of values, each with the spelling PostHog's API uses. */
public interface Choice {

    /** The value as it appears on the wire. */
    String value();

    /** The constant of {@code type} spelled {@code value}, if there is one. */
    static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.value().equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
