package dev.burrow.jdbc.twofactor;

import dev.burrow.application.twofactor.TotpDeviceRepository;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** TOTP devices in the {@code totp_devices} table, one per user. */
public final class JdbiTotpDevices implements TotpDeviceRepository {

    private final Database database;

    public JdbiTotpDevices(Database database) {
        this.database = database;
    }

    @Override
    public Set<UserId> withSecondFactor(Collection<UserId> users) {
        Set<Long> ids = new LinkedHashSet<>();
        users.forEach(user -> ids.add(user.value()));
        if (ids.isEmpty()) {
            return Set.of();
        }
        return database.listIn(TwoFactorQueries.WITH_DEVICE, "users", ids, Long.class).stream()
                .map(UserId::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<TotpDevice> of(UserId userId) {
        return database.call(TwoFactorQueries.class, queries -> queries.device(userId.value()))
                .map(TotpDeviceRow::toDevice);
    }

    @Override
    public void save(TotpDevice device) {
        TotpDeviceRow row = TotpDeviceRow.of(device);
        try {
            if (replace(row) == 0) {
                insertOrReplace(row);
            }
        } catch (JdbiException e) {
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no user " + device.userId(), e);
            }
            throw e;
        }
    }

    @Override
    public boolean acceptStep(UserId userId, long step) {
        return database.call(TwoFactorQueries.class, queries -> queries.acceptStep(userId.value(), step)) > 0;
    }

    @Override
    public void recordFailure(UserId userId, Instant at) {
        database.run(TwoFactorQueries.class, queries -> queries.recordFailure(userId.value(), at));
    }

    @Override
    public void delete(UserId userId) {
        database.run(TwoFactorQueries.class, queries -> queries.deleteDevice(userId.value()));
    }

    private int replace(TotpDeviceRow row) {
        return database.call(TwoFactorQueries.class, queries -> queries.replaceDevice(row));
    }

    // Update, else insert, as the scene personalisations do: two first saves racing each other meet at the primary
    // key, and the loser's insert becomes an update.
    private void insertOrReplace(TotpDeviceRow row) {
        try {
            database.attemptRun(TwoFactorQueries.class, queries -> queries.insertDevice(row));
        } catch (JdbiException e) {
            if (!Violation.UNIQUE.causedBy(e)) {
                throw e;
            }
            replace(row);
        }
    }
}
