package dev.burrow.jdbc.database;

import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.user.ComposedProfileReads;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.user.User;

import java.util.ArrayList;
import java.util.List;

/** The facts of one profile as the parts of its statement read them, row by row, in each part's order. */
public final class GatheredProfile {

    private final List<Affiliation> affiliations = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<ScenePersonalisation> scenes = new ArrayList<>();
    private final List<Invite> invites = new ArrayList<>();
    private boolean secondFactor;

    public void affiliation(Affiliation affiliation) {
        affiliations.add(affiliation);
    }

    /** A project of the organization the profile shows (see {@link ComposedProfileReads#chosenOrganization}). */
    public void project(Project project) {
        projects.add(project);
    }

    public void scene(ScenePersonalisation scene) {
        scenes.add(scene);
    }

    public void invite(Invite invite) {
        invites.add(invite);
    }

    public void secondFactor() {
        secondFactor = true;
    }

    /** The facts of {@code user}'s profile. */
    public ProfileFacts of(User user) {
        return new ProfileFacts(affiliations, ComposedProfileReads.chosenOrganization(user, affiliations), projects,
                scenes, secondFactor, invites);
    }
}
