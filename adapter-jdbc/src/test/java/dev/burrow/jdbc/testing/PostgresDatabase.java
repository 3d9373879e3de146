package dev.burrow.jdbc.testing;

/** A database of its own for one test on the {@link EmbeddedPostgresServer}; closing it drops it. */
public final class PostgresDatabase implements AutoCloseable {

    private final EmbeddedPostgresServer server;
    private final String name;

    PostgresDatabase(EmbeddedPostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The JDBC URL, without credentials: pair it with {@link #user()} and {@link #password()}. */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** The {@code postgresql://user:password@host:port/name} form, as a server reads it from {@code DATABASE_URL}. */
    public String databaseUrl() {
        return server.databaseUrl(name);
    }

    public String user() {
        return EmbeddedPostgresServer.USER;
    }

    public String password() {
        return EmbeddedPostgresServer.PASSWORD;
    }

    @Override
    public void close() {
        server.drop(name);
    }
}
