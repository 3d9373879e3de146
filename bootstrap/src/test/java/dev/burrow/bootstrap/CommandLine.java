package dev.burrow.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs burrow's command line in this JVM with a given environment and captures what it prints. */
final class CommandLine {

    private final Map<String, String> env;

    CommandLine(Map<String, String> env) {
        this.env = new HashMap<>(env);
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs with {@code input} on standard input, as {@code printf '%s' input | burrow ...} would. */
    Result runWithInput(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.Outcome outcome = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(outcome, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(Main.Outcome outcome, String out, String err) {

        int exitCode() {
            return outcome.exitCode();
        }

        /** The last line of standard output: what an admin command created. */
        String lastLine() {
            List<String> lines = out.strip().lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        /** The value printed after {@code label} on a line of standard output. */
        String printed(String label) {
            return out.lines().map(String::strip).filter(line -> line.startsWith(label))
                    .map(line -> line.substring(label.length()).strip()).findFirst()
                    .orElseThrow(() -> new AssertionError("no '" + label + "' in: " + out));
        }
    }
}
