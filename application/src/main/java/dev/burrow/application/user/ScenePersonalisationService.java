package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.dashboard.DashboardDirectory;
import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.application.throttle.PasswordCheckThrottle;
import dev.burrow.application.user.UserPatch.Change;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.dashboard.DashboardId;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.text.PythonText;
import dev.burrow.domain.user.User;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Validates as PostHog's partial ScenePersonalisationSerializer does: the fields in their order ({@code scene},
 * then {@code dashboard}, whose check that it belongs to the user's project is part of the field), and only then
 * the two "must be provided" checks, dashboard first.
 */
final class ScenePersonalisationService implements ScenePersonalisationUseCase {

    static final String WRONG_PROJECT = "Dashboard must belong to the user's current team.";
    private static final String DASHBOARD = "dashboard";

    private final UserLookup lookup;
    private final UserProfiles profiles;
    private final DashboardDirectory dashboards;
    private final ScenePersonalisationRepository scenes;
    private final UserRepository users;
    private final PasswordCheckThrottle passwordChecks;

    ScenePersonalisationService(UserLookup lookup, UserProfiles profiles, DashboardDirectory dashboards,
                                ScenePersonalisationRepository scenes, UserRepository users,
                                PasswordCheckThrottle passwordChecks) {
        this.lookup = lookup;
        this.profiles = profiles;
        this.dashboards = dashboards;
        this.scenes = scenes;
        this.users = users;
        this.passwordChecks = passwordChecks;
    }

    @Override
    public UserProfile personalise(Actor actor, String lookupText, boolean currentPasswordSent,
                                   Supplier<Map<String, ?>> sent) {
        if (currentPasswordSent) {
            passwordChecks.count(actor);
        }
        User target = lookup.resolve(actor, lookupText);
        Map<String, ?> body = sent.get();
        Project project = profiles.of(target, actor.userId()).team();
        Change<String> scene = new FieldReader(body).text("scene", false, true,
                ScenePersonalisation.MAX_SCENE_LENGTH, false);
        Dashboard dashboard = dashboard(body, project);
        if (dashboard == null) {
            throw InvalidInputException.invalid("Dashboard must be provided.", null);
        }
        if (scene == null) {
            throw InvalidInputException.invalid("Scene must be provided.", null);
        }
        scenes.save(new ScenePersonalisation(target.id(), project.id(), scene.value(), dashboard.id()));
        User fresh = users.byId(target.id()).orElseThrow(NotFoundException::new);
        return profiles.of(fresh, actor.userId());
    }

    /** A primary-key field: the dashboard it names, which must be in {@code project}; null when not sent. */
    private Dashboard dashboard(Map<String, ?> body, Project project) {
        if (!body.containsKey(DASHBOARD)) {
            return null;
        }
        Object value = body.get(DASHBOARD);
        if (value == null) {
            throw new InvalidInputException("null", "This field may not be null.", DASHBOARD);
        }
        Dashboard found = primaryKey(value).flatMap(dashboards::dashboard).orElseThrow(() ->
                new InvalidInputException("does_not_exist",
                        "Invalid pk \"" + PythonText.str(value) + "\" - object does not exist.", DASHBOARD));
        if (project == null || !found.projectId().equals(project.id())) {
            throw InvalidInputException.invalid(WRONG_PROJECT, DASHBOARD);
        }
        return found;
    }

    /**
     * The id as Django reads it with {@code int()}: integers, numbers (truncated) and integer text; other types
     * are refused by name. An id no dashboard can have (zero, negative, too large) is simply not found.
     */
    private static Optional<DashboardId> primaryKey(Object value) {
        if (value instanceof Boolean || value instanceof List<?> || value instanceof Map<?, ?>) {
            throw incorrectType(value);
        }
        BigInteger number = PythonText.integer(value).orElseThrow(() -> incorrectType(value));
        return number.signum() > 0 && number.bitLength() < Long.SIZE
                ? Optional.of(new DashboardId(number.longValue()))
                : Optional.empty();
    }

    private static InvalidInputException incorrectType(Object value) {
        return new InvalidInputException("incorrect_type",
                "Incorrect type. Expected pk value, received " + PythonText.typeName(value) + ".", DASHBOARD);
    }
}
