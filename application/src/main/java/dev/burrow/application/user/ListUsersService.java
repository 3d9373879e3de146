package dev.burrow.application.user;

import dev.burrow.domain.organization.Invite;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The list: its count, its page and each user's facts in one read of {@link UserPageReads}. */
record ListUsersService(UserPageReads pages, UserProfiles profiles, Clock clock) implements ListUsersUseCase {

    @Override
    public UserProfilePage list(ListUsersQuery query) {
        UserFilter filter = new UserFilter(query.actor().staff() ? null : query.actor().userId(), query.email(),
                query.staff());
        UserPageReads.Page page = pages.page(filter, query.limit(), query.offset(), query.actor().userId(),
                clock.instant().minus(Invite.VALIDITY));
        List<UserProfile> results = new ArrayList<>(page.users().size());
        for (UserPageReads.UserAndProfile found : page.users()) {
            results.add(profiles.of(found.user(), query.actor().userId(), found.profile()));
        }
        return new UserProfilePage(page.count(), results);
    }
}
