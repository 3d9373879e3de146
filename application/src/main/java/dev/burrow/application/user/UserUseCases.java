package dev.burrow.application.user;

import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.credential.PasswordPolicy;
import dev.burrow.application.mail.Mailer;
import dev.burrow.application.throttle.SensitiveActions;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Builds the user use cases over the ports they need: one small service per use case, each enforcing every rule
 * that protects the user (gates, the password-check throttle, staff rules), so a host calling them from Java is
 * held to what an HTTP caller is.
 */
public record UserUseCases(GetUserUseCase get, ListUsersUseCase list, UpdateUserUseCase update,
                           DeleteUserUseCase delete, EmailChangeUseCase emailChange,
                           HedgehogConfigUseCase hedgehogConfig, ScenePersonalisationUseCase scenePersonalisation) {

    /** Confirmation codes are short-lived and few; a salted PBKDF2 still keeps a copied table from reading them. */
    static final int CODE_ITERATIONS = 20_000;

    /** {@code passwords} should be a bounded hasher: password checks and changes run through it. */
    public static UserUseCases create(UserPorts ports, PasswordHasher passwords, Mailer mailer, Clock clock,
                                      RandomGenerator random) {
        return create(ports, new ComposedProfileReads(null, ports.sessions(), ports.users(), ports.directory(),
                ports.scenes(), ports.secondFactors()), passwords, mailer, clock, random);
    }

    /** As above, with users' profiles read through {@code reads} (one statement over burrow's own tables). */
    public static UserUseCases create(UserPorts ports, ProfileReads reads, PasswordHasher passwords, Mailer mailer,
                                      Clock clock, RandomGenerator random) {
        UserProfiles profiles = new UserProfiles(ports.users(), ports.directory(), ports.scenes(),
                ports.secondFactors(), reads, clock);
        UserLookup lookup = new UserLookup(ports.users());
        UserChanges changes = new UserChanges(ports.users(), ports.transactions());
        SensitiveActions sensitive = new SensitiveActions(ports.rateLimiter(), clock);
        AccountMail mail = new AccountMail(mailer);
        EmailChangeCodes codes = new EmailChangeCodes(ports.verifications(),
                new DjangoPasswordHasher(CODE_ITERATIONS, random), random);
        UpdateUserService update = new UpdateUserService(sensitive, lookup, ports.users(), ports.directory(),
                ports.passkeys(),
                new PasswordChange(passwords, new PasswordPolicy(), ports.sessions()), codes, changes, profiles, mail,
                clock);
        return new UserUseCases(new GetUserService(lookup, profiles), new ListUsersService(ports.users(), profiles),
                update, new DeleteUserService(sensitive, lookup, ports.directory(), ports.users()),
                new EmailChangeService(sensitive, ports.users(), lookup, profiles, codes, ports.sessions(), changes,
                        mail, clock),
                new HedgehogConfigService(lookup, changes),
                new ScenePersonalisationService(lookup, profiles, ports.dashboards(), ports.scenes(), sensitive));
    }
}
