package dev.burrow.application.autonomy;

import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;

/** Builds the signal autonomy use case. */
public final class SignalAutonomyUseCases {

    private SignalAutonomyUseCases() {
    }

    public static SignalAutonomyUseCase create(SignalAutonomyRepository settings, UserRepository users,
                                               TransactionRunner transactions, Clock clock) {
        return new SignalAutonomyService(settings, users, transactions, clock);
    }
}
