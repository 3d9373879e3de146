package dev.burrow.application.twofactor;

import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.PasskeyDirectory;
import dev.burrow.application.user.UserLookup;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Everything the 2FA services reach: the stores of devices, backup codes, pending setups, sessions and users, the
 * user lookup, the hasher of backup codes, the login rate limiter, the recent-login gate and password-check count
 * the changing actions go through, transactions, the clock and the randomness, and whether users have verified
 * passkeys (which count as the second factor when they turn them on). Built
 * once by {@link TwoFactorUseCases}; each service is a record of it, and holds nothing but its rule.
 */
record TwoFactorPorts(TotpDeviceRepository devices, BackupCodeRepository backupCodes,
                      TwoFactorSetupRepository setups, SessionRepository sessions, UserRepository users,
                      UserLookup lookup, PasswordHasher codeHasher, RateLimiter limiter,
                      SensitiveActions sensitive, TransactionRunner transactions, Clock clock, RandomGenerator random,
                      PasskeyDirectory passkeys) {
}
