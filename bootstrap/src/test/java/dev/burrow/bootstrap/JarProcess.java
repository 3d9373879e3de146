package dev.burrow.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar burrow.jar serve} in its own process, as a user starts it: waits until it says where it serves
 * (and, on a first start, the key it printed). Its standard error goes to {@code stderr.log} in its directory.
 */
final class JarProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("burrow is serving on (http://\\S+) ");

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
    static JarProcess start(Path directory, Map<String, String> env, boolean firstStart) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("burrow.jar"), "serve")
                .directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(directory.resolve("stderr.log").toFile()));
        builder.environment().put("PORT", "0");
        builder.environment().put("BURROW_HOST", "127.0.0.1");
        builder.environment().putAll(env);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String base = null;
        String key = null;
        // A first start prints the admin's credentials after the address, ending with the key.
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                base = serving.group(1);
            }
            if (line.strip().startsWith("API key:")) {
                key = line.strip().substring("API key:".length()).strip();
            }
            if (base != null && (key != null || !firstStart)) {
                break;
            }
        }
        if (base == null || firstStart && key == null) {
            process.destroyForcibly();
            throw new IllegalStateException("burrow did not start:\n" + String.join("\n", lines));
        }
        return new JarProcess(process, base, key, directory);
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
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("burrow did not stop within 30 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no flushing, nothing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
