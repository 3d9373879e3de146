package dev.burrow.application.reset;

import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.credential.PasswordPolicy;
import dev.burrow.application.mail.Mailer;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/** Builds the password reset use case. */
public final class PasswordResetUseCases {

    /** Reset mails waiting for the mail server beyond this many are dropped (and logged), not queued forever. */
    static final int MAIL_QUEUE = 1_000;

    private PasswordResetUseCases() {
    }

    /** Reset mails leave on one daemon thread of their own, which ends when idle. */
    public static PasswordResetUseCase create(UserRepository users, SessionRepository sessions,
                                              SigningSecretRepository secrets, RateLimiter limiter,
                                              PasswordHasher passwords, TransactionRunner transactions,
                                              Mailer mailer, Clock clock, RandomGenerator random) {
        ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(MAIL_QUEUE), runnable -> {
                    Thread thread = new Thread(runnable, "burrow-reset-mail");
                    thread.setDaemon(true);
                    return thread;
                });
        sender.allowCoreThreadTimeOut(true);
        return create(users, sessions, secrets, limiter, passwords, transactions, mailer, sender, clock, random);
    }

    /** {@code mailSender} runs the sending of each reset mail (a test may run it at once). */
    public static PasswordResetUseCase create(UserRepository users, SessionRepository sessions,
                                              SigningSecretRepository secrets, RateLimiter limiter,
                                              PasswordHasher passwords, TransactionRunner transactions,
                                              Mailer mailer, Executor mailSender, Clock clock,
                                              RandomGenerator random) {
        return new PasswordResetService(users, sessions, secrets, limiter, passwords, new PasswordPolicy(),
                transactions, new ResetMail(mailer, mailSender), new ResetTokens(), clock, random);
    }
}
