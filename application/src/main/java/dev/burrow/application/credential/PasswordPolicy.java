package dev.burrow.application.credential;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import dev.burrow.domain.failure.InvalidInputException;

/**
 * What a new password must be, as PostHog's validators say: at least 8 characters, and a zxcvbn score of at least 3
 * (with zxcvbn's suggestions as the message when it is weaker). The first rule broken is the one reported.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MIN_SCORE = 3;

    /** zxcvbn's dictionaries take a moment to load: not at start, but when a password is first checked. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    public void check(String password) {
        // Django counts characters (code points), so four emoji are four, not eight.
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw InvalidInputException.invalid(
                    "This password is too short. It must contain at least " + MIN_LENGTH + " characters.",
                    "password");
        }
        Strength strength = Estimator.ZXCVBN.measure(password);
        if (strength.getScore() < MIN_SCORE) {
            String suggestions = String.join(" ", strength.getFeedback().getSuggestions());
            throw InvalidInputException.invalid(suggestions.isEmpty() ? "This password is too weak." : suggestions,
                    "password");
        }
    }
}
