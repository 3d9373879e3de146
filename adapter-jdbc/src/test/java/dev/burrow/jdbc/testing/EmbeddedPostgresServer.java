package dev.burrow.jdbc.testing;

import dev.burrow.jdbc.JdbcStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM, started from zonky's Maven artifact on first use and stopped when the JVM
 * exits. Each test gets a database of its own, copied from a template that was migrated once, which costs a few
 * milliseconds instead of a migration per test.
 */
public final class EmbeddedPostgresServer {

    /** The superuser zonky's initdb creates. */
    public static final String USER = "postgres";
    /** The server trusts local connections and ignores it; URLs carry it so they look like production's. */
    public static final String PASSWORD = "postgres";

    private static final String TEMPLATE = "burrow_template";
    private static final String OBJECT_IN_USE = "55006";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The server of this JVM, started (and its template migrated) on first use. */
    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static EmbeddedPostgresServer start() {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // Test data is thrown away: durability only costs time.
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off");
        if (UnprivilegedPostgresBinaries.needed()) {
            builder.setPgBinaryResolver(UnprivilegedPostgresBinaries.INSTANCE);
        }
        try {
            // zonky registers a shutdown hook that stops the server and deletes its data directory.
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
            server.createTemplate();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private void createTemplate() {
        administer("create database " + TEMPLATE);
        new JdbcStorage(postgres.getDatabase(USER, TEMPLATE)).migrate();
        administer("alter database " + TEMPLATE + " with is_template true allow_connections false");
    }

    /** A new database with burrow's schema, ready to use; closing it drops it. */
    public PostgresDatabase freshDatabase() {
        return create("template " + TEMPLATE);
    }

    /** A new database without any schema, for tests of migrating; closing it drops it. */
    public PostgresDatabase emptyDatabase() {
        return create("template template0");
    }

    public int port() {
        return postgres.getPort();
    }

    /** The JDBC URL of database {@code name} on this server, without credentials. */
    public String jdbcUrl(String name) {
        return "jdbc:postgresql://localhost:" + port() + "/" + name;
    }

    /** The {@code postgresql://} URL of database {@code name}, credentials included, as {@code DATABASE_URL} has it. */
    public String databaseUrl(String name) {
        return "postgresql://" + USER + ":" + PASSWORD + "@localhost:" + port() + "/" + name;
    }

    private PostgresDatabase create(String source) {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        administer("create database " + name + " " + source);
        return new PostgresDatabase(this, name);
    }

    void drop(String name) {
        // "with (force)" ends whatever sessions a test left open.
        administer("drop database if exists " + name + " with (force)");
    }

    private synchronized void administer(String sql) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
                return;
            } catch (SQLException e) {
                // The template's last connection may still be closing when the first copy is asked for.
                if (!OBJECT_IN_USE.equals(e.getSQLState()) || attempt == 50) {
                    throw new IllegalStateException("could not run: " + sql, e);
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the template", e);
        }
    }
}
