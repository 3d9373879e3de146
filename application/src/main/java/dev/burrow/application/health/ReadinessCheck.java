package dev.burrow.application.health;

/**
 * Whether burrow can serve requests now: an outbound port, answered by whatever holds burrow's data. The
 * operations endpoint a load balancer polls ({@code GET /_readyz}) asks it.
 */
@FunctionalInterface
public interface ReadinessCheck {

    Readiness check();

    /**
     * What a check found.
     *
     * @param database whether the database answered in time
     * @param schema   whether it holds the schema this build needs (every migration it carries, or newer)
     */
    record Readiness(boolean database, boolean schema) {

        public boolean ready() {
            return database && schema;
        }
    }
}
