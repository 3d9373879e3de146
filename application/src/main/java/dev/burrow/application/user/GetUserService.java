package dev.burrow.application.user;

final class GetUserService implements GetUserUseCase {

    private final UserLookup lookup;
    private final UserProfiles profiles;

    GetUserService(UserLookup lookup, UserProfiles profiles) {
        this.lookup = lookup;
        this.profiles = profiles;
    }

    @Override
    public UserProfile get(GetUserQuery query) {
        return profiles.of(lookup.resolve(query.actor(), query.lookup()), query.actor().userId());
    }
}
