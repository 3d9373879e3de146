package dev.burrow.domain.user;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The code mailed to a new address to confirm a change of email: six digits, leading zeros kept. What a user sends
 * back is read trimmed; anything not six digits is no code, and is refused before it is compared with any hash.
 */
public final class EmailChangeCode {

    private static final Pattern SHAPE = Pattern.compile("\\d{6}");

    private EmailChangeCode() {
    }

    public static String generate(RandomGenerator random) {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** Whether {@code sent} (null: nothing sent) is six digits once trimmed. */
    public static boolean isWellFormed(String sent) {
        return sent != null && SHAPE.matcher(sent.strip()).matches();
    }
}
