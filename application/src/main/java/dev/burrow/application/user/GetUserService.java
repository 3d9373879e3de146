package dev.burrow.application.user;

record GetUserService(UserLookup lookup, UserProfiles profiles) implements GetUserUseCase {

    @Override
    public UserProfile get(GetUserQuery query) {
        return profiles.of(lookup.resolve(query.actor(), query.lookup()), query.actor().userId());
    }
}
