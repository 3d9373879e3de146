package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.user.User;

import java.util.List;

/** Deleting an account: behind the recent-login gate, and refused while the user belongs to an organization. */
record DeleteUserService(SensitiveActions sensitive, UserLookup lookup, OrganizationDirectory directory,
                         UserRepository users) implements DeleteUserUseCase {

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
