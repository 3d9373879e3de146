package dev.burrow.application.reset;

/**
 * The secrets burrow signs its stateless tokens with, kept in the store every instance shares, so that a link made
 * on one instance is good on all of them. Each purpose ({@code "password_reset"}) has its own.
 */
public interface SigningSecretRepository {

    /**
     * The secrets of {@code purpose}. On its first use, {@code candidate} is stored as the current secret: of
     * instances that try at once, one wins, and every one of them gets the winner's secret.
     */
    SigningSecrets secrets(String purpose, String candidate);

    /**
     * Makes {@code next} the current secret of {@code purpose}; the current one becomes the previous, which still
     * checks tokens, and the one before is forgotten (tokens it signed stop working).
     */
    void rotate(String purpose, String next);
}
