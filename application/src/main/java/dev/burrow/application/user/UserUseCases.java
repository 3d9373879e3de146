package dev.burrow.application.user;

import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.credential.PasswordPolicy;
import dev.burrow.application.mail.Mailer;
import dev.burrow.application.throttle.PasswordCheckThrottle;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** Builds the user use cases over the ports they need. */
public final class UserUseCases {

    /** Confirmation codes are short-lived and few; a salted PBKDF2 still keeps a copied table from reading them. */
    static final int CODE_ITERATIONS = 20_000;

    private final GetUserUseCase get;
    private final ListUsersUseCase list;
    private final AccountService account;
    private final HedgehogConfigUseCase hedgehogConfig;
    private final ScenePersonalisationUseCase scenePersonalisation;

    private UserUseCases(GetUserUseCase get, ListUsersUseCase list, AccountService account,
                         HedgehogConfigUseCase hedgehogConfig, ScenePersonalisationUseCase scenePersonalisation) {
        this.get = get;
        this.list = list;
        this.account = account;
        this.hedgehogConfig = hedgehogConfig;
        this.scenePersonalisation = scenePersonalisation;
    }

    /** {@code passwords} should be a bounded hasher: password checks and changes run through it. */
    public static UserUseCases create(UserPorts ports, PasswordHasher passwords, Mailer mailer, Clock clock,
                                      RandomGenerator random) {
        UserProfiles profiles = new UserProfiles(ports.users(), ports.directory(), ports.scenes(),
                ports.secondFactors(), clock);
        UserLookup lookup = new UserLookup(ports.users());
        UserChanges changes = new UserChanges(ports.users(), ports.transactions());
        PasswordCheckThrottle passwordChecks = new PasswordCheckThrottle(ports.rateLimiter(), clock);
        AccountService account = new AccountService(ports.users(), lookup, profiles, ports.directory(),
                ports.sessions(), ports.verifications(), passwords, new DjangoPasswordHasher(CODE_ITERATIONS, random),
                new PasswordPolicy(), mailer, changes, passwordChecks, clock, random);
        return new UserUseCases(new GetUserService(lookup, profiles), new ListUsersService(ports.users(), profiles),
                account, new HedgehogConfigService(lookup, changes),
                new ScenePersonalisationService(lookup, profiles, ports.dashboards(), ports.scenes(), ports.users(),
                        passwordChecks));
    }

    public GetUserUseCase get() {
        return get;
    }

    public ListUsersUseCase list() {
        return list;
    }

    public UpdateUserUseCase update() {
        return account;
    }

    public DeleteUserUseCase delete() {
        return account;
    }

    public EmailChangeUseCase emailChange() {
        return account;
    }

    public HedgehogConfigUseCase hedgehogConfig() {
        return hedgehogConfig;
    }

    public ScenePersonalisationUseCase scenePersonalisation() {
        return scenePersonalisation;
    }
}
