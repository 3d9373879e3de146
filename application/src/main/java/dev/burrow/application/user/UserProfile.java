package dev.burrow.application.user;

import dev.burrow.application.organization.Affiliation;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.user.User;

import java.util.List;
import java.util.Objects;

/**
 * Everything the user object shows: the user, the project and organization they work in, every organization they
 * belong to, their scene personalisations, and what only they may see about themselves ({@code pendingInvites},
 * {@code organizationFirstUser}; empty and null when someone else looks).
 */
public record UserProfile(
        User user,
        Project team,
        CurrentOrganization organization,
        List<Affiliation> organizations,
        List<ScenePersonalisation> scenePersonalisations,
        List<Invite> pendingInvites,
        boolean twoFactorEnabled,
        Boolean organizationFirstUser) {

    public UserProfile {
        Objects.requireNonNull(user, "user");
        organizations = List.copyOf(organizations);
        scenePersonalisations = List.copyOf(scenePersonalisations);
        pendingInvites = List.copyOf(pendingInvites);
    }
}
