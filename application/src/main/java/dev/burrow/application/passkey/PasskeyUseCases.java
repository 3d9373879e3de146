package dev.burrow.application.passkey;

import dev.burrow.application.mail.Mailer;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.twofactor.TotpDeviceRepository;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** Builds the passkey use cases over the passkey stores, the verifier and the shared ports. */
public final class PasskeyUseCases {

    private final PasskeyRegistrationUseCase registration;
    private final PasskeyCredentialsUseCase credentials;
    private final PasskeyLoginService login;
    private final PasskeySecondFactorUseCase secondFactor;
    private final LoginPrecheckUseCase precheck;

    private PasskeyUseCases(PasskeyRegistrationUseCase registration, PasskeyCredentialsUseCase credentials,
                            PasskeyLoginService login, PasskeySecondFactorUseCase secondFactor,
                            LoginPrecheckUseCase precheck) {
        this.registration = registration;
        this.credentials = credentials;
        this.login = login;
        this.secondFactor = secondFactor;
        this.precheck = precheck;
    }

    public static PasskeyUseCases create(WebauthnCredentialRepository credentials,
                                         WebauthnChallengeRepository challenges, PasskeyVerifier verifier,
                                         UserRepository users, SessionRepository sessions, RateLimiter limiter,
                                         Mailer mailer, TransactionRunner transactions, Clock clock,
                                         RandomGenerator random, TotpDeviceRepository totpDevices) {
        PasskeyPorts ports = new PasskeyPorts(credentials, challenges, verifier, users, sessions,
                new SensitiveActions(limiter, clock), new PasskeyMail(mailer), transactions, clock, random,
                totpDevices, limiter);
        Ceremonies ceremonies = new Ceremonies(ports);
        return new PasskeyUseCases(new PasskeyRegistrationService(ports, ceremonies),
                new PasskeyCredentialsService(ports, ceremonies), new PasskeyLoginService(ports, ceremonies),
                new PasskeySecondFactorService(ports, ceremonies), new LoginPrecheckService(ports));
    }

    public PasskeyRegistrationUseCase registration() {
        return registration;
    }

    public PasskeyCredentialsUseCase credentials() {
        return credentials;
    }

    public PasskeyLoginUseCase login() {
        return login;
    }

    public PasskeySecondFactorUseCase secondFactor() {
        return secondFactor;
    }

    public LoginPrecheckUseCase precheck() {
        return precheck;
    }

    /** What the login use case asks of passkeys (it holds the throttle and opens the session). */
    public PasskeyLoginCheck loginCheck() {
        return login;
    }
}
