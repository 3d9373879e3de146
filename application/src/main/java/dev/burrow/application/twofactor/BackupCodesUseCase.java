package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;

import java.util.List;

/**
 * Ten new backup codes in clear, replacing the old ones; shown only now. Needs a recent login and 2FA on; a sent
 * {@code current_password} counts against the user's five password checks a minute. Only for
 * the caller's own account: staff naming another user are refused (403), unlike PostHog, where they would get that
 * user's codes.
 */
public interface BackupCodesUseCase {

    List<String> regenerate(RegenerateBackupCodesCommand command);

    /**
     * {@code lookup} is {@code @me} or a user's UUID, as the URL carries it; {@code currentPasswordSent}: whether
     * the request carried a {@code current_password}, which is counted (never checked) here.
     */
    record RegenerateBackupCodesCommand(Actor actor, String lookup, boolean currentPasswordSent) {
    }
}
