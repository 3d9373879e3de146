package dev.burrow.application.passkey;

import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.twofactor.TotpDeviceRepository;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Everything the passkey services reach: the stores of passkeys, challenges, users and sessions, the verifier, the
 * recent-login gate, the notices, transactions, the clock, the randomness, and who has a TOTP device (for the
 * login's choice of second factor). Built once by
 * {@link PasskeyUseCases}.
 */
record PasskeyPorts(WebauthnCredentialRepository credentials, WebauthnChallengeRepository challenges,
                    PasskeyVerifier verifier, UserRepository users, SessionRepository sessions,
                    SensitiveActions sensitive, PasskeyMail mail, TransactionRunner transactions, Clock clock,
                    RandomGenerator random, TotpDeviceRepository totpDevices, RateLimiter limiter) {
}
