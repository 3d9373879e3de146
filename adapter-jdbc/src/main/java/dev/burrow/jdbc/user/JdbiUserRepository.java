package dev.burrow.jdbc.user;

import dev.burrow.application.user.UserFilter;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.failure.ConcurrentUpdateException;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users in the {@code users} table. */
public final class JdbiUserRepository implements UserRepository {

    private static final String EMAIL_CONSTRAINT = "users_email_folded_key";

    private final Database database;
    private final UserBlocks blocks;

    public JdbiUserRepository(Database database) {
        this.database = database;
        this.blocks = new UserBlocks(database);
        database.mapByHand(UserRow.class, UserRow.ROWS);
    }

    @Override
    public UserId nextId() {
        return new UserId(database.call(UserQueries.class, UserQueries::nextId));
    }

    @Override
    public void add(User user) {
        UserRow row = UserRow.of(user);
        try {
            database.inTransaction(() -> {
                database.attemptExecute(UserColumns.INSERT, insert -> UserColumns.bind(insert, row));
                if (user.isActive()) {
                    blocks.count(row.id(), 1);
                }
                return null;
            });
        } catch (JdbiException e) {
            throw refusal(e, user);
        }
    }

    @Override
    public Optional<User> byId(UserId id) {
        return database.first(UserQueries.BY_ID, UserRow.ROWS, query -> query.bind("id", id.value()))
                .map(UserRow::toUser);
    }

    @Override
    public Optional<User> lockedById(UserId id) {
        return database.first(UserQueries.LOCKED_BY_ID, UserRow.ROWS, query -> query.bind("id", id.value()))
                .map(UserRow::toUser);
    }

    @Override
    public Optional<User> activeByUuid(UUID uuid) {
        return database.first(UserQueries.ACTIVE_BY_UUID, UserRow.ROWS, query -> query.bind("uuid", uuid))
                .map(UserRow::toUser);
    }

    @Override
    public Optional<User> byUuid(UUID uuid) {
        return database.first(UserQueries.BY_UUID, UserRow.ROWS, query -> query.bind("uuid", uuid))
                .map(UserRow::toUser);
    }

    @Override
    public Optional<User> byEmail(EmailAddress email) {
        return database.first(UserQueries.BY_FOLDED_EMAIL, UserRow.ROWS,
                query -> query.bind("folded", email.folded())).map(UserRow::toUser);
    }

    @Override
    public User update(User user) {
        UserRow row = UserRow.of(user);
        int updated;
        try {
            // No savepoint: a refused update (an address taken in a race) fails the whole unit of work, which
            // no caller goes on with, so the happy path pays for no SAVEPOINT and RELEASE round trips.
            updated = database.execute(UserColumns.UPDATE_KEEPING_ACTIVITY, update -> UserColumns.bind(update, row));
            if (updated == 0) {
                updated = updateActivity(row);
            }
        } catch (JdbiException e) {
            throw refusal(e, user);
        }
        if (updated == 0) {
            throw new ConcurrentUpdateException("user");
        }
        return user.storedAs(user.version() + 1);
    }

    @Override
    public boolean delete(UserId id) {
        // The row lock first: a membership being added waits on it (its foreign key check needs the row) or has
        // committed before it, so the check in the delete, a fresh statement, sees every membership there is.
        return database.inTransaction(() -> {
            Optional<Boolean> active = database.call(UserQueries.class, queries -> queries.lock(id.value()));
            if (active.isEmpty() || database.call(UserQueries.class,
                    queries -> queries.deleteUnaffiliated(id.value())) == 0) {
                return false;
            }
            if (active.get()) {
                blocks.count(id.value(), -1);
            }
            return true;
        });
    }

    @Override
    public long count(UserFilter filter) {
        if (filter.equals(UserFilter.ALL)) {
            return blocks.total();
        }
        return database.first(UserQueries.count(listed(filter)), Long.class, query -> bindFilter(query, filter))
                .orElse(0L);
    }

    @Override
    public List<User> page(UserFilter filter, int limit, long offset) {
        String sql;
        if (filter.equals(UserFilter.ALL)) {
            Optional<UserBlocks.Position> start = blocks.locate(offset);
            if (start.isEmpty()) {
                return List.of();
            }
            sql = UserQueries.pageFrom(start.get().firstId(), limit, offset - start.get().before());
        } else {
            sql = UserQueries.page(listed(filter), limit, offset);
        }
        return database.list(sql, UserRow.class, query -> bindFilter(query, filter))
                .stream().map(UserRow::toUser).toList();
    }

    @Override
    public boolean isEmpty() {
        return !database.call(UserQueries.class, UserQueries::any);
    }

    /**
     * The update of a user the plain update did not find at this version with this activity: when the version is
     * current, the user is being activated or deactivated, and their block's count changes with them. Zero when
     * the version is not current.
     */
    private int updateActivity(UserRow row) {
        return database.inTransaction(() -> {
            Optional<Boolean> wasActive = database.call(UserQueries.class,
                    queries -> queries.lockedActivity(row.id(), row.version()));
            if (wasActive.isEmpty()) {
                return 0;
            }
            int updated = database.attemptExecute(UserColumns.UPDATE, update -> UserColumns.bind(update, row));
            if (wasActive.get() != row.isActive()) {
                blocks.count(row.id(), row.isActive() ? 1 : -1);
            }
            return updated;
        });
    }

    private static RuntimeException refusal(JdbiException failure, User user) {
        if (Violation.UNIQUE.causedBy(failure, EMAIL_CONSTRAINT)) {
            return UserRepository.emailTaken();
        }
        if (Violation.UNIQUE.causedBy(failure)) {
            return new IllegalStateException("user " + user.id() + " already exists", failure);
        }
        return failure;
    }

    private static String listed(UserFilter filter) {
        return UserQueries.listed(filter.onlyUser() != null, filter.email() != null, filter.staff() != null);
    }

    /** The filters in use, as {@link UserQueries#listed} wrote them into the statement. */
    private static Query bindFilter(Query query, UserFilter filter) {
        if (filter.onlyUser() != null) {
            query.bind("onlyUser", filter.onlyUser().value());
        }
        if (filter.email() != null) {
            query.bind("email", filter.email());
        }
        if (filter.staff() != null) {
            query.bind("staff", filter.staff());
        }
        return query;
    }
}
