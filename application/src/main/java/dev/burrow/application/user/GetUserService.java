package dev.burrow.application.user;

import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.domain.user.User;

record GetUserService(UserLookup lookup, UserProfiles profiles) implements GetUserUseCase {

    @Override
    public UserProfile get(GetUserQuery query) {
        User user = lookup.resolve(query.actor(), query.lookup());
        // The rest of the profile, when authentication read it with this same user: @me is then one read.
        ProfileFacts read = user == query.actor().user() ? query.actor().profile() : null;
        return profiles.of(user, query.actor().userId(), read);
    }
}
