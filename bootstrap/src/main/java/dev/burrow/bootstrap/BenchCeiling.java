package dev.burrow.bootstrap;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The benchmark's ceilings: the fixed bytes of a file, served by the same Javalin configuration as every route but
 * with no authentication, so {@code bench/run} can tell what burrow's own work costs. {@link #ceiling} does no other
 * work; {@link #oneRoundTrip} first makes one round trip to the database through burrow's own pool ({@code select
 * 1}, prepared): the most a route bound by the rule "one round trip per read" could ever do on the machine. Only
 * mounted when {@code BURROW_BENCH_CEILING} names the file; the file is read at the first request (the benchmark
 * writes it after the server is up, from a real answer).
 */
final class BenchCeiling implements Handler {

    private final Path file;
    private final DataSource database;
    private volatile byte[] bytes;

    private BenchCeiling(Path file, DataSource database) {
        this.file = file;
        this.database = database;
    }

    static BenchCeiling ceiling(Path file) {
        return new BenchCeiling(file, null);
    }

    static BenchCeiling oneRoundTrip(Path file, DataSource database) {
        return new BenchCeiling(file, database);
    }

    @Override
    public void handle(Context ctx) throws SQLException {
        if (database != null) {
            try (Connection connection = database.getConnection();
                 PreparedStatement statement = connection.prepareStatement("select 1");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
            }
        }
        byte[] body = bytes;
        if (body == null) {
            try {
                body = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = body;
        }
        ctx.contentType("application/json").result(body);
    }
}
