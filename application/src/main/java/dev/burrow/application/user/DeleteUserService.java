package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.user.User;

import java.util.List;

/** Deleting an account: behind the recent-login gate, and refused while the user belongs to an organization. */
final class DeleteUserService implements DeleteUserUseCase {

    private final SensitiveActions sensitive;
    private final UserLookup lookup;
    private final OrganizationDirectory directory;
    private final UserRepository users;

    DeleteUserService(SensitiveActions sensitive, UserLookup lookup, OrganizationDirectory directory,
                      UserRepository users) {
        this.sensitive = sensitive;
        this.lookup = lookup;
        this.directory = directory;
        this.users = users;
    }

    @Override
    public void delete(DeleteUserCommand command) {
        Actor actor = command.actor();
        sensitive.guard(actor, true, command.currentPasswordSent());
        User user = lookup.resolve(actor, command.lookup());
        if (!directory.affiliationsOf(List.of(user.id())).isEmpty() || !users.delete(user.id())) {
            throw new ConflictException("Cannot delete user with organization memberships.");
        }
    }
}
