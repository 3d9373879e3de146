package dev.burrow.application.user;

import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.scene.ScenePersonalisationRepository;

import java.time.Clock;

/** Builds the user use cases over the ports they need. */
public final class UserUseCases {

    private final GetUserUseCase get;
    private final ListUsersUseCase list;

    private UserUseCases(GetUserUseCase get, ListUsersUseCase list) {
        this.get = get;
        this.list = list;
    }

    public static UserUseCases create(UserRepository users, OrganizationDirectory directory,
                                      ScenePersonalisationRepository scenes, SecondFactorDirectory secondFactors,
                                      Clock clock) {
        UserProfiles profiles = new UserProfiles(users, directory, scenes, secondFactors, clock);
        return new UserUseCases(new GetUserService(new UserLookup(users), profiles),
                new ListUsersService(users, profiles));
    }

    public GetUserUseCase get() {
        return get;
    }

    public ListUsersUseCase list() {
        return list;
    }
}
