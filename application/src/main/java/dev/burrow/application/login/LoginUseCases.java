package dev.burrow.application.login;

import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.passkey.PasskeyLoginCheck;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.twofactor.SecondFactorCheck;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** Builds the login use case. */
public final class LoginUseCases {

    private LoginUseCases() {
    }

    public static LoginUseCase create(UserRepository users, SessionRepository sessions, SecondFactorCheck secondFactor,
                                      PasswordHasher hasher, RateLimiter limiter, TransactionRunner transactions,
                                      Clock clock, RandomGenerator random, PasskeyLoginCheck passkeys) {
        return new LoginService(users, sessions, secondFactor, hasher, limiter, transactions, clock, random,
                passkeys);
    }
}
