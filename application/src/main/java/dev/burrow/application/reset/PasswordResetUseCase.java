package dev.burrow.application.reset;

import dev.burrow.domain.user.EmailAddress;

/**
 * Resetting a forgotten password with a mailed link, as PostHog's {@code /api/reset/} does. Asking for a link
 * answers the same, after the same work, whether or not the address is an account's.
 */
public interface PasswordResetUseCase {

    /**
     * Mails a link to {@code SITE_URL/reset/{uuid}/{token}} when the address is an active user's; nothing else
     * tells the two apart. At most six a day per address, across every instance; 400 {@code email_not_available}
     * when mail is not delivered.
     */
    void request(RequestResetCommand command);

    /** Fails with {@code invalid_token} unless {@code token} is good for the user {@code userUuid} now. */
    void check(String userUuid, String token);

    /**
     * Sets a new password with a good token: the address counts as verified, every session of the user ends (the
     * caller is not logged in), second factors stay. Returns the user's address.
     */
    EmailAddress complete(CompleteResetCommand command);

    /**
     * Signs new links with a new secret; links signed with the one before still work until they expire, links
     * signed with older ones stop working.
     */
    void rotateSecret();

    /**
     * What was sent: {@code email} as typed, {@code clientAddress} (for throttling a request without one), and
     * {@code siteUrl}, the web app the link leads to.
     */
    record RequestResetCommand(String email, String clientAddress, String siteUrl) {
    }

    record CompleteResetCommand(String userUuid, String token, String password) {

        @Override
        public String toString() {
            return "CompleteResetCommand[userUuid=" + userUuid + "]";
        }
    }
}
