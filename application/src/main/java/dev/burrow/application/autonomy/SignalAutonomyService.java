package dev.burrow.application.autonomy;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.autonomy.AutonomyPriority;
import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.failure.ConcurrentUpdateException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.text.PythonText;
import dev.burrow.domain.text.UuidText;
import dev.burrow.domain.user.Choice;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

final class SignalAutonomyService implements SignalAutonomyUseCase {

    static final String ONLY_STAFF = "Only staff can access other users' autonomy config.";
    private static final String PRIORITY = "autostart_priority";
    private static final int SAVE_ATTEMPTS = 8;

    private final SignalAutonomyRepository settings;
    private final UserRepository users;
    private final Clock clock;

    SignalAutonomyService(SignalAutonomyRepository settings, UserRepository users, Clock clock) {
        this.settings = settings;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public AutonomyView get(Actor actor, String id) {
        User user = target(actor, id);
        return settings.of(user.id()).map(found -> new AutonomyView(found, user))
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Writes only the keys sent. Two first saves racing each other leave one row: the one that loses the insert
     * finds the winner's row and updates it (and one that finds its row deleted under it adds a new one).
     */
    @Override
    public AutonomyView save(Actor actor, String id, Map<String, ?> body) {
        User user = target(actor, id);
        boolean changesPriority = body.containsKey(PRIORITY);
        AutonomyPriority priority = changesPriority ? priority(body.get(PRIORITY)) : null;
        Instant now = clock.instant();
        for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
            Optional<SignalAutonomy> existing = settings.of(user.id());
            SignalAutonomy base = existing.orElseGet(() -> SignalAutonomy.create(UUID.randomUUID(), user.id(), now));
            SignalAutonomy saved = changesPriority ? base.withAutostartPriority(priority, now) : base.touchedAt(now);
            if (existing.isPresent() ? settings.update(saved) : settings.add(saved)) {
                return new AutonomyView(saved, user);
            }
        }
        throw new ConcurrentUpdateException("autonomy config");
    }

    @Override
    public void delete(Actor actor, String id) {
        settings.delete(target(actor, id).id());
    }

    /** {@code P0} to {@code P4}, or null; anything else, the empty string included, is not a valid choice. */
    private static AutonomyPriority priority(Object value) {
        if (value == null) {
            return null;
        }
        String text = PythonText.str(value);
        return Choice.parse(AutonomyPriority.class, text).orElseThrow(() -> new InvalidInputException(
                "invalid_choice", "\"" + text + "\" is not a valid choice.", PRIORITY));
    }

    /**
     * {@code @me} is the caller; anything else is for staff, who may name any user, inactive ones too, by integer
     * id or UUID.
     */
    private User target(Actor actor, String id) {
        if ("@me".equals(id)) {
            return users.byId(actor.userId()).orElseThrow(NotFoundException::new);
        }
        if (!actor.staff()) {
            throw new PermissionDeniedException(ONLY_STAFF);
        }
        Optional<User> found = UuidText.parse(id).flatMap(users::byUuid);
        if (found.isEmpty() && id.matches("\\d{1,18}")) {
            long number = Long.parseLong(id);
            found = number > 0 ? users.byId(new UserId(number)) : Optional.empty();
        }
        return found.orElseThrow(NotFoundException::new);
    }
}
