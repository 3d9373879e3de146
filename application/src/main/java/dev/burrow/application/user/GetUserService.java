package dev.burrow.application.user;

import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.text.UuidText;
import dev.burrow.domain.user.User;

import java.time.Clock;

record GetUserService(UserLookup lookup, UserProfiles profiles, UserPageReads pages, Clock clock)
        implements GetUserUseCase {

    @Override
    public UserProfile get(GetUserQuery query) {
        if (query.actor().staff() && !UserLookup.ME.equals(query.lookup())) {
            // Staff reading another user: the user and their profile in one read, as a page of the list reads them.
            UserPageReads.UserAndProfile found = UuidText.parse(query.lookup())
                    .flatMap(uuid -> pages.activeByUuid(uuid, query.actor().userId(),
                            clock.instant().minus(Invite.VALIDITY)))
                    .orElseThrow(NotFoundException::new);
            return profiles.of(found.user(), query.actor().userId(), found.profile());
        }
        User user = lookup.resolve(query.actor(), query.lookup());
        // The rest of the profile, when authentication read it with this same user: @me is then one read.
        ProfileFacts read = user == query.actor().user() ? query.actor().profile() : null;
        return profiles.of(user, query.actor().userId(), read);
    }
}
