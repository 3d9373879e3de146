package dev.burrow.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar burrow.jar serve} in its own process, as a user starts it: waits until it says where it serves
 * (and, on a first start, the key it printed), within a deadline, as every wait on the process is. Its standard error goes to {@code stderr.log} in its directory.
 */
final class JarProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("burrow is serving on (http://\\S+) ");
    /** A start takes a few seconds; this allows for a machine busy with other builds. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final String base;
    private final String key;
    private final Path directory;

    private JarProcess(Process process, String base, String key, Path directory) {
        this.process = process;
        this.base = base;
        this.key = key;
        this.directory = directory;
    }

    /**
     * Starts the jar in {@code directory} with {@code env} added to this process's environment; on a {@code
     * firstStart} (an empty database), waits for the key it prints too.
     */
    static JarProcess start(Path directory, Map<String, String> env, boolean firstStart)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("burrow.jar"), "serve")
                .directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(directory.resolve("stderr.log").toFile()));
        builder.environment().put("PORT", "0");
        builder.environment().put("BURROW_HOST", "127.0.0.1");
        builder.environment().putAll(env);
        Process process = builder.start();
        // Read on a thread of its own, so that a server that neither prints nor exits fails the start at its
        // deadline instead of blocking a read forever; it keeps draining, so the server never blocks on a full pipe.
        BlockingQueue<Optional<String>> output = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> drain(process, output), "burrow-stdout");
        reader.setDaemon(true);
        reader.start();
        List<String> lines = new ArrayList<>();
        String base = null;
        String key = null;
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        // A first start prints the admin's credentials too, ending with the key.
        while (base == null || firstStart && key == null) {
            Optional<String> next = output.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null || next.isEmpty()) {
                process.destroyForcibly();
                process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                throw new IllegalStateException("burrow did not start " + (next == null ? "within "
                        + START_TIMEOUT.toSeconds() + " s" : "(its output ended)") + "; it printed:\n"
                        + String.join("\n", lines) + "\nand on standard error:\n" + read(directory));
            }
            String line = next.get();
            lines.add(line);
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                base = serving.group(1);
            }
            if (line.strip().startsWith("API key:")) {
                key = line.strip().substring("API key:".length()).strip();
            }
        }
        return new JarProcess(process, base, key, directory);
    }

    /** Every line the process prints, then an empty marker when its output ends. */
    private static void drain(Process process, BlockingQueue<Optional<String>> output) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.add(Optional.of(line));
            }
        } catch (IOException e) {
            // The process is gone: its output has ended.
        } finally {
            output.add(Optional.empty());
        }
    }

    private static String read(Path directory) {
        try {
            return Files.readString(directory.resolve("stderr.log"));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    String base() {
        return base;
    }

    /** The first admin's key, when this was the first start on its database; else null. */
    String key() {
        return key;
    }

    Path stderr() {
        return directory.resolve("stderr.log");
    }

    /** SIGTERM, and the exit it leads to. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("burrow did not stop within " + STOP_TIMEOUT.toSeconds()
                    + " s of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no flushing, nothing. Returns once the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("burrow was still running " + STOP_TIMEOUT.toSeconds()
                    + " s after SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
