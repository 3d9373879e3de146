package dev.burrow.jdbc.database;

import dev.burrow.domain.failure.UnavailableException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * burrow's tables through JDBI: every call joins the transaction open on this thread, if any, and a database that
 * cannot serve right now is reported as an {@link UnavailableException}.
 */
public final class Database {

    private static final String SAVEPOINT = "burrow_attempt";
    private static final long RETRY_AFTER_SECONDS = 5;

    private final Jdbi jdbi;

    public Database(DataSource dataSource) {
        this.jdbi = Jdbi.create(dataSource);
        jdbi.installPlugin(new SqlObjectPlugin());
        // Statement errors would otherwise carry every bound value (password hashes, addresses) into the logs.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        // Instants travel as OffsetDateTime at UTC, which both drivers map to "timestamp with time zone" without
        // consulting the JVM's default zone (java.sql.Timestamp would).
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(Instant.class, new InstantColumnMapper());
        // JDBI types a null UUID as varchar, which PostgreSQL will not put into a uuid column.
        jdbi.registerArgument(new UuidArgumentFactory());
        jdbi.registerRowMapper(new RecordRows());
        jdbi.setTemplateEngine(new PlainStatements());
    }

    /**
     * Maps every row of {@code type} through {@code rows}, wherever a statement asks for that type (a SqlObject's
     * method, {@link #list}): ahead of {@link RecordRows}, which would match its columns by name, per row. A
     * repository calls it for the rows it maps by hand ({@link RowsByHand}), when it is made.
     */
    public <R> void mapByHand(Class<R> type, RowMapper<R> rows) {
        jdbi.registerRowMapper(type, rows);
    }

    /** How many ids one {@code in (...)} list carries; PostgreSQL's driver refuses more than 65,535 parameters. */
    static final int BATCH = 1000;

    /**
     * Runs a lookup by ids in batches of {@value #BATCH} and gathers the rows: a page of any size costs a few
     * statements, never a statement the driver refuses. Rows of one id always come from the same batch.
     */
    public <Q, I, R> List<R> callInBatches(Class<Q> queries, Collection<I> ids,
                                           BiFunction<Q, Collection<I>, List<R>> lookup) {
        List<I> all = List.copyOf(ids);
        List<R> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<I> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            rows.addAll(call(queries, q -> lookup.apply(q, batch)));
        }
        return rows;
    }

    /**
     * Rows of a statement written out here rather than declared on a SqlObject: attaching a SqlObject sets up every
     * method of its interface, on every call, which for the statements each request makes cost more than running
     * them. {@code binder} binds the parameters.
     */
    public <R> List<R> list(String sql, Class<R> row, Consumer<Query> binder) {
        return withHandle(handle -> {
            Query query = handle.createQuery(sql);
            binder.accept(query);
            return query.mapTo(row).list();
        });
    }

    /** {@link #list}, each row mapped by {@code rows} (a row mapped by hand, {@link RowsByHand}). */
    public <R> List<R> list(String sql, RowMapper<R> rows, Consumer<Query> binder) {
        return withHandle(handle -> {
            Query query = handle.createQuery(sql);
            binder.accept(query);
            return query.map(rows).list();
        });
    }

    /** The first row of such a statement, if any. */
    public <R> Optional<R> first(String sql, Class<R> row, Consumer<Query> binder) {
        return withHandle(handle -> {
            Query query = handle.createQuery(sql);
            binder.accept(query);
            return query.mapTo(row).findFirst();
        });
    }

    /** {@link #first}, the row mapped by {@code rows}. */
    public <R> Optional<R> first(String sql, RowMapper<R> rows, Consumer<Query> binder) {
        return withHandle(handle -> {
            Query query = handle.createQuery(sql);
            binder.accept(query);
            return query.map(rows).findFirst();
        });
    }

    /**
     * Rows of such a statement for many ids, bound as the list {@code <name>} in batches of {@value #BATCH} (see
     * {@link #callInBatches}).
     */
    public <I, R> List<R> listIn(String sql, String name, Collection<I> ids, Class<R> row) {
        List<I> all = List.copyOf(ids);
        List<R> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<I> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            rows.addAll(list(sql, row, query -> query.bindList(name, batch)));
        }
        return rows;
    }

    /**
     * What {@code reader} makes of all the rows of such a statement, read straight from the result set: for a
     * statement whose rows are of several kinds (the one that reads a whole profile).
     */
    public <R> R scan(String sql, Consumer<Query> binder, Rows<R> reader) {
        return withHandle(handle -> {
            Query query = handle.createQuery(sql);
            binder.accept(query);
            return query.scanResultSet((results, ctx) -> {
                try (ResultSet rs = results.get()) {
                    return reader.read(rs, ctx);
                }
            });
        });
    }

    /** Reads every row of a result set into one value. */
    @FunctionalInterface
    public interface Rows<R> {
        R read(ResultSet rs, StatementContext ctx) throws SQLException;
    }

    /** An update written out here, as {@link #list}; the number of rows it changed. */
    public int execute(String sql, Consumer<Update> binder) {
        return withHandle(handle -> {
            Update update = handle.createUpdate(sql);
            binder.accept(update);
            return update.execute();
        });
    }

    /** One statement run for each of {@code items} as a single JDBC batch, in one transaction. */
    public <I> void executeBatch(String sql, Collection<I> items, BiConsumer<PreparedBatch, I> binder) {
        if (items.isEmpty()) {
            return;
        }
        inTransaction(() -> withHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch(sql);
            for (I item : items) {
                binder.accept(batch, item);
                batch.add();
            }
            return batch.execute();
        }));
    }

    private <T> T withHandle(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    /** Runs {@code work} on a {@code queries} SqlObject bound to this thread's handle. */
    public <Q, T> T call(Class<Q> queries, Function<Q, T> work) {
        try {
            return jdbi.withHandle(handle -> work.apply(handle.attach(queries)));
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    /** {@link #call} for work without a result. */
    public <Q> void run(Class<Q> queries, Consumer<Q> work) {
        call(queries, q -> {
            work.accept(q);
            return null;
        });
    }

    /**
     * Like {@link #call}, for a statement that may break a constraint. Inside a transaction it runs within a
     * savepoint: PostgreSQL aborts the whole transaction on a failed statement, and the caller that handles the
     * violation must be able to go on with its unit of work, as it can with the in-memory fakes.
     */
    public <Q, T> T attemptCall(Class<Q> queries, Function<Q, T> work) {
        return attempt(handle -> work.apply(handle.attach(queries)));
    }

    /** {@link #execute}, for an update that may break a constraint, as {@link #attemptCall}. */
    public int attemptExecute(String sql, Consumer<Update> binder) {
        return attempt(handle -> {
            Update update = handle.createUpdate(sql);
            binder.accept(update);
            return update.execute();
        });
    }

    private <T> T attempt(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(handle -> {
                if (!handle.isInTransaction()) {
                    return work.apply(handle);
                }
                handle.savepoint(SAVEPOINT);
                T result;
                try {
                    result = work.apply(handle);
                } catch (RuntimeException e) {
                    rollBackQuietly(handle, e);
                    throw e;
                }
                handle.releaseSavepoint(SAVEPOINT);
                return result;
            });
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    /** {@link #attemptCall} for work without a result. */
    public <Q> void attemptRun(Class<Q> queries, Consumer<Q> work) {
        attemptCall(queries, q -> {
            work.accept(q);
            return null;
        });
    }

    /** Runs {@code work} in a transaction; within another one, it becomes part of it. */
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return jdbi.inTransaction(handle -> work.get());
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    /**
     * Runs {@code work} holding one handle on this thread, which every call inside it takes rather than borrowing
     * a connection from the pool each time: a request costs one borrow, not one per statement.
     */
    public <T> T onOneConnection(Supplier<T> work) {
        try {
            return jdbi.withHandle(handle -> work.get());
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    /** Whether the database is PostgreSQL (rather than H2). */
    public boolean isPostgres() {
        return withHandle(handle -> {
            try {
                return handle.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Whether a connection can be had and answers within {@code timeoutSeconds}. */
    public boolean isReachable(int timeoutSeconds) {
        try {
            return jdbi.withHandle(handle -> handle.getConnection().isValid(timeoutSeconds));
        } catch (JdbiException | SQLException e) {
            return false;
        }
    }

    private static void rollBackQuietly(Handle handle, RuntimeException failure) {
        try {
            // JDBI forgets the savepoint on rolling back to it, so there is nothing left to release.
            handle.rollbackToSavepoint(SAVEPOINT);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static RuntimeException translated(JdbiException failure) {
        return isTransient(failure)
                ? new UnavailableException("service_unavailable", "Service temporarily unavailable, try again later.",
                RETRY_AFTER_SECONDS)
                : failure;
    }

    /** Failures that say nothing about the request, only that the database cannot serve it now. */
    private static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                        || state.equals("40001") || state.equals("40P01");
            }
        }
        return false;
    }

    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {

        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            OffsetDateTime utc = value.atOffset(ZoneOffset.UTC);
            return (position, statement, context) -> statement.setObject(position, utc);
        }
    }

    private static final class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {

        UuidArgumentFactory() {
            super(Types.OTHER);
        }

        @Override
        protected Argument build(UUID value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, value);
        }
    }

    private static final class InstantColumnMapper implements ColumnMapper<Instant> {

        @Override
        public Instant map(ResultSet r, int columnNumber, StatementContext ctx) throws SQLException {
            OffsetDateTime value = r.getObject(columnNumber, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }
}
