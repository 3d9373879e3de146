package dev.burrow.application.health;

import dev.burrow.domain.HostApi;

import java.util.function.BooleanSupplier;

/**
 * Whether burrow can serve requests now: an outbound port, answered by whatever holds burrow's data. The
 * operations endpoint a load balancer polls ({@code GET /_readyz}) asks it.
 */
@HostApi
@FunctionalInterface
public interface ReadinessCheck {

    Readiness check();

    /**
     * {@code database}'s answer, not ready while {@code started} says start-up work is still under way: a server
     * that already listens must not be sent traffic before, say, it has made and printed the first admin.
     */
    static ReadinessCheck afterStartup(ReadinessCheck database, BooleanSupplier started) {
        return () -> {
            Readiness found = database.check();
            return new Readiness(found.database(), found.schema(), started.getAsBoolean());
        };
    }

    /**
     * What a check found.
     *
     * @param database whether the database answered in time
     * @param schema   whether it holds the schema this build needs (every migration it carries, or newer)
     * @param started  whether the process has finished its start-up work
     */
    @HostApi
    record Readiness(boolean database, boolean schema, boolean started) {

        /** What the database alone found, with start-up counted as done. */
        public Readiness(boolean database, boolean schema) {
            this(database, schema, true);
        }

        public boolean ready() {
            return database && schema && started;
        }
    }
}
