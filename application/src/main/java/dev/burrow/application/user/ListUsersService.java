package dev.burrow.application.user;

import dev.burrow.domain.user.User;

import java.util.List;

record ListUsersService(UserRepository users, UserProfiles profiles) implements ListUsersUseCase {

    @Override
    public UserProfilePage list(ListUsersQuery query) {
        UserFilter filter = new UserFilter(query.actor().staff() ? null : query.actor().userId(), query.email(),
                query.staff());
        long count = users.count(filter);
        List<User> page = query.offset() >= count ? List.of() : users.page(filter, query.limit(), query.offset());
        return new UserProfilePage(count, profiles.assemble(page, query.actor().userId()));
    }
}
