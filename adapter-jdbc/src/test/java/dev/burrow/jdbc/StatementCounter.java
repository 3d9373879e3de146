package dev.burrow.jdbc;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the statements run through a {@link DataSource}, to show how many queries a port method costs. */
final class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final AtomicInteger count = new AtomicInteger();
    private final DataSource dataSource;

    StatementCounter(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, result) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, (statement, created) -> {
                    if (STATEMENTS.contains(statement.getName())) {
                        count.incrementAndGet();
                    }
                    return created;
                })
                : result);
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** How many statements ran since the last call. */
    int reset() {
        return count.getAndSet(0);
    }

    private interface AfterCall {
        Object after(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall afterCall) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return afterCall.after(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
