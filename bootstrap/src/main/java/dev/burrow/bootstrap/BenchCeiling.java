package dev.burrow.bootstrap;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's ceiling: the fixed bytes of a file, served by the same Javalin configuration as every route but
 * with no authentication and no database, so {@code bench/run} can tell what burrow's own work costs. Only mounted
 * when {@code BURROW_BENCH_CEILING} names the file; the file is read at the first request (the benchmark writes it
 * after the server is up, from a real answer).
 */
final class BenchCeiling implements Handler {

    private final Path file;
    private volatile byte[] bytes;

    BenchCeiling(Path file) {
        this.file = file;
    }

    @Override
    public void handle(Context ctx) {
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
