package dev.burrow.application.user;

import dev.burrow.domain.user.UserId;

/**
 * Whether a user has a verified passkey: what turning on passkeys as the second factor needs, and what
 * {@code two_factor_status} reports. Passkeys are kept by the passkey slice's repository, which answers this.
 */
public interface PasskeyDirectory {

    boolean hasVerified(UserId userId);
}
