package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.user.FieldValue;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TwoFactorSetup;

import java.time.Instant;
import java.util.OptionalLong;

record ValidateTwoFactorService(TwoFactorPorts ports) implements ValidateTwoFactorUseCase {

    @Override
    public void validate(ValidateTwoFactorCommand command) {
        Actor actor = command.actor();
        Instant now = ports.clock().instant();
        ports.sensitive().guard(actor, true, command.currentPasswordSent());
        String sessionId = SetupSessions.sessionOf(actor);
        TwoFactorSetup setup = SetupSessions.livePendingSetup(ports, actor).orElseThrow(() ->
                new InvalidInputException("setup_expired", "2FA setup session expired. Please start setup again.",
                        null));
        FieldValue.Present<String> token = command.token().read();
        if (token == null || token.value() == null) {
            throw new InvalidInputException("required", "This field is required.", "token");
        }
        OptionalLong step = setup.confirmingStep(token.value(), now);
        if (step.isEmpty()) {
            throw new InvalidInputException("token_invalid", "Token is not valid", null);
        }
        ports.transactions().run(() -> {
            // The user's lock, as logins take it: none can open a session without the second factor past this.
            ports.users().lockedById(actor.userId());
            ports.devices().save(TotpDevice.confirmed(actor.userId(), setup.secret(), step.getAsLong(), now));
            // Codes left from an earlier device must not come back to life with this one.
            ports.backupCodes().deleteAll(actor.userId());
            ports.setups().delete(sessionId);
            ports.sessions().deleteAllOf(actor.userId(), sessionId);
        });
    }
}
