package dev.burrow.domain.failure;

/**
 * A remote system burrow calls on the user's behalf (GitHub) failed or did not answer: the request cannot be
 * served, and the caller learns which system and why, never the remote's own body.
 */
public final class UpstreamException extends BurrowException {

    public UpstreamException(String code, String detail) {
        super(code, detail, null);
    }
}
