package dev.burrow.jdbc.testing;

import dev.burrow.jdbc.JdbcStorage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The migrations this build carries, counted from the files themselves, as the tests expect them applied. */
public final class MigrationFiles {

    /** The newest migration's version ({@code V<n>__...}, SQL or Java). */
    public static final int NEWEST = newest();

    private MigrationFiles() {
    }

    private static int newest() {
        try (Stream<Path> files = Files.list(Path.of(JdbcStorage.class.getResource("/dev/burrow/jdbc/migration")
                .toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.(sql|class)"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
