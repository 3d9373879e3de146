package dev.burrow.jdbc.testing;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Counts the round trips a {@link DataSource} makes: every statement executed (a batch is one), every savepoint
 * set, released or rolled back to, and every commit, each with the SQL or the operation it was and the thread that
 * ran it. What a port method or a whole request costs the database is then a number a test can hold.
 */
public final class StatementCounter {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");
    private static final Set<String> SAVEPOINTS = Set.of("setSavepoint", "releaseSavepoint");

    /** One round trip: what ran ({@code "COMMIT"}, {@code "SAVEPOINT"}, ... or the statement's SQL) and where. */
    public record Trip(String what, String thread) {

        public boolean isCommit() {
            return what.equals("COMMIT");
        }
    }

    private final List<Trip> trips = new ArrayList<>();
    private final DataSource dataSource;

    public StatementCounter(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection c
                ? connection(c) : result);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** How many statements and savepoint operations ran since the last call (commits are not counted). */
    public int reset() {
        return (int) take(trip -> true).stream().filter(trip -> !trip.isCommit()).count();
    }

    /** Every round trip since the last call, on threads {@code counted} accepts, in order; then forgets them all. */
    public synchronized List<Trip> take(Predicate<Trip> counted) {
        List<Trip> taken = trips.stream().filter(counted).toList();
        trips.clear();
        return taken;
    }

    private synchronized void record(String what) {
        trips.add(new Trip(what, Thread.currentThread().getName()));
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args, result) -> {
            String name = method.getName();
            if (SAVEPOINTS.contains(name)) {
                record(name.equals("setSavepoint") ? "SAVEPOINT" : "RELEASE SAVEPOINT");
            } else if (name.equals("rollback")) {
                record(args == null ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT");
            } else if (name.equals("commit")) {
                record("COMMIT");
            }
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : "(statement)";
            if (result instanceof CallableStatement callable) {
                return statement(CallableStatement.class, callable, sql);
            }
            if (result instanceof PreparedStatement prepared) {
                return statement(PreparedStatement.class, prepared, sql);
            }
            if (result instanceof Statement plain) {
                return statement(Statement.class, plain, sql);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S target, String prepared) {
        return proxy(type, target, (method, args, result) -> {
            if (EXECUTIONS.contains(method.getName())) {
                record(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
            }
            return result;
        });
    }

    private interface AfterCall {
        Object after(Method method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall afterCall) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return afterCall.after(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
