package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.dashboard.DashboardDirectory;
import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.text.TextField;
import dev.burrow.domain.user.User;

import java.util.Optional;

/**
 * Validates as PostHog's partial ScenePersonalisationSerializer does: the fields in their order ({@code scene},
 * then {@code dashboard}, whose check that it belongs to the user's project is part of the field), and only then
 * the two "must be provided" checks, dashboard first.
 */
record ScenePersonalisationService(UserLookup lookup, UserProfiles profiles, DashboardDirectory dashboards,
                                   ScenePersonalisationRepository scenes, SensitiveActions sensitive) implements ScenePersonalisationUseCase {

    static final String WRONG_PROJECT = "Dashboard must belong to the user's current team.";
    private static final String DASHBOARD = "dashboard";

    @Override
    public UserProfile personalise(PersonaliseSceneCommand command) {
        Actor actor = command.actor();
        sensitive.guard(actor, false, command.currentPasswordSent());
        User target = lookup.resolve(actor, command.lookup());
        SceneChoice sent = command.choice().get();
        Project project = profiles.of(target, actor.userId()).team();
        FieldValue<String> scene = sent.scene().checked(value -> TextField.check(value, "scene", false, true,
                ScenePersonalisation.MAX_SCENE_LENGTH));
        Dashboard dashboard = dashboard(sent.dashboard(), project);
        if (dashboard == null) {
            throw InvalidInputException.invalid("Dashboard must be provided.", null);
        }
        if (!scene.sent()) {
            throw InvalidInputException.invalid("Scene must be provided.", null);
        }
        scenes.save(new ScenePersonalisation(target.id(), project.id(), scene.read().value(), dashboard.id()));
        // The user's own row is not changed by a personalisation: the user as read above is the one to answer.
        return profiles.of(target, actor.userId());
    }

    /** A primary-key field: the dashboard it names, which must be in {@code project}; null when not sent. */
    private Dashboard dashboard(FieldValue<DashboardKey> sent, Project project) {
        FieldValue.Present<DashboardKey> key = sent.read();
        if (key == null) {
            return null;
        }
        Dashboard found = Optional.ofNullable(key.value().id()).flatMap(dashboards::dashboard).orElseThrow(() ->
                new InvalidInputException("does_not_exist",
                        "Invalid pk \"" + key.value().sent() + "\" - object does not exist.", DASHBOARD));
        if (!found.isIn(project)) {
            throw InvalidInputException.invalid(WRONG_PROJECT, DASHBOARD);
        }
        return found;
    }
}
