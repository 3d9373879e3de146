package dev.burrow.application.credential;

import dev.burrow.domain.user.PasswordHash;

/** Turns passwords into stored hashes and checks passwords against them. */
public interface PasswordHasher {

    PasswordHash hash(String password);

    /** Whether {@code password} is the one {@code hash} was made from; false for unusable or unknown hashes. */
    boolean verify(String password, PasswordHash hash);

    /** Whether a hash that verified should be replaced by a fresh one (an older algorithm or fewer iterations). */
    boolean needsRehash(PasswordHash hash);
}
