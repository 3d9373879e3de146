package dev.burrow.domain.failure;

/**
 * Another writer changed the same aggregate between our read and our write. Use cases retry on it; a caller only
 * sees it when the retries run out.
 */
public final class ConcurrentUpdateException extends BurrowException {

    public ConcurrentUpdateException(String what) {
        super("conflict", "The " + what + " was changed by another request at the same time. Please retry.", null);
    }
}
