package dev.burrow.application.autonomy;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.FieldValue;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.autonomy.AutonomyPriority;
import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.failure.ConcurrentUpdateException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.text.UuidText;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

final class SignalAutonomyService implements SignalAutonomyUseCase {

    static final String ONLY_STAFF = "Only staff can access other users' autonomy config.";

    private final SignalAutonomyRepository settings;
    private final UserRepository users;
    private final TransactionRunner transactions;
    private final Clock clock;

    SignalAutonomyService(SignalAutonomyRepository settings, UserRepository users, TransactionRunner transactions,
                          Clock clock) {
        this.settings = settings;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public AutonomyView get(Actor actor, String id) {
        User user = target(actor, id);
        return settings.of(user.id()).map(found -> new AutonomyView(found, user))
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Writes only the keys sent. The user's row is locked first, as every write of these settings does, so racing
     * saves and deletes take turns: none undoes a key another just wrote, and racing first saves leave one row.
     */
    @Override
    public AutonomyView save(Actor actor, String id, Supplier<FieldValue<AutonomyPriority>> autostartPriority) {
        User user = target(actor, id);
        FieldValue.Present<AutonomyPriority> priority = autostartPriority.get().read();
        Instant now = clock.instant();
        SignalAutonomy saved = transactions.inTransaction(() -> {
            users.lockedById(user.id());
            Optional<SignalAutonomy> existing = settings.of(user.id());
            SignalAutonomy base = existing.orElseGet(() -> SignalAutonomy.create(UUID.randomUUID(), user.id(), now));
            SignalAutonomy changed = priority == null ? base.touchedAt(now)
                    : base.withAutostartPriority(priority.value(), now);
            boolean written = existing.isPresent() ? settings.update(changed) : settings.add(changed);
            if (!written) {
                // Only a writer that bypassed the lock could get here.
                throw new ConcurrentUpdateException("autonomy config");
            }
            return changed;
        });
        return new AutonomyView(saved, user);
    }

    @Override
    public void delete(Actor actor, String id) {
        User user = target(actor, id);
        transactions.run(() -> {
            users.lockedById(user.id());
            settings.delete(user.id());
        });
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
