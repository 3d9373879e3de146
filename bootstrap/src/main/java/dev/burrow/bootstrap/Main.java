package dev.burrow.bootstrap;

import dev.burrow.application.provisioning.Provisioning;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.failure.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * burrow's command line: {@code serve}, {@code migrate} and the {@code admin} commands. Bad arguments get one
 * line on standard error and exit code 2, before anything is opened or written.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        Outcome outcome = run(args, System.in, System.out, System.err, System.getenv());
        if (outcome.server() != null) {
            stopOnSignals(outcome.server());
            return;
        }
        System.exit(outcome.exitCode());
    }

    /**
     * SIGTERM and SIGINT stop the server gracefully, then exit with 128 + the signal's number, as a process killed
     * by it would. They are handled here rather than in a shutdown hook because H2 closes the embedded database in
     * a hook of its own, which would race burrow's (and H2 cannot be told not to while it also serves admin
     * commands beside the server). The hook stays for any other way out.
     */
    private static void stopOnSignals(Application application) {
        Runtime.getRuntime().addShutdownHook(new Thread(application::close, "burrow-shutdown"));
        for (String name : List.of("TERM", "INT")) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                try {
                    application.close();
                } finally {
                    System.exit(128 + signal.getNumber());
                }
            });
        }
    }

    /** What a command left behind: an exit code, or a running server. */
    record Outcome(int exitCode, Application server) {
    }

    /** {@link #run(String[], InputStream, PrintStream, PrintStream, Map)} with nothing on standard input. */
    static Outcome run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, InputStream.nullInputStream(), out, err, env);
    }

    static Outcome run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.isEmpty() || List.of("help", "--help", "-h").contains(arguments.get(0))) {
            (arguments.isEmpty() ? err : out).print(usage());
            return new Outcome(arguments.isEmpty() ? USAGE : OK, null);
        }
        try {
            return switch (arguments.get(0)) {
                case "serve" -> serve(arguments.subList(1, arguments.size()), out, env);
                case "migrate" -> migrate(arguments.subList(1, arguments.size()), out, env);
                case "admin" -> admin(arguments.subList(1, arguments.size()), in, out, env);
                default -> throw new ConfigurationException("unknown command '" + arguments.get(0)
                        + "' (try: serve, migrate, admin)");
            };
        } catch (ConfigurationException | BurrowException e) {
            err.println("error: " + e.getMessage());
            return new Outcome(USAGE, null);
        } catch (RuntimeException e) {
            LOG.error("burrow failed", e);
            err.println("error: " + e.getMessage());
            return new Outcome(FAILED, null);
        }
    }

    private static Outcome serve(List<String> args, PrintStream out, Map<String, String> env) {
        noArguments("serve", args);
        Config config = Config.fromEnvironment(env);
        Application application = Application.open(config);
        try {
            // The first admin is printed before the port accepts a connection, so that a script which waits for
            // the port finds the key already printed. Should the port then be taken, it was printed all the same.
            Optional<Provisioning.InitialAdmin> admin = initialAdmin(application, config);
            admin.ifPresent(initial -> out.print(welcome(initial, config.adminPassword() != null)));
            out.flush();
            application.serve();
            out.println("burrow is serving on http://" + displayHost(config.host()) + ":" + application.port()
                    + " (" + (config.embedded() ? "H2 in " + config.dataDirectory().toAbsolutePath() : "DATABASE_URL")
                    + ")");
            admin.ifPresent(initial -> out.println("Try: curl -H \"Authorization: Bearer " + initial.key().value()
                    + "\" http://localhost:" + application.port() + "/api/users/@me/"));
            out.flush();
            application.startupComplete();
            return new Outcome(OK, application);
        } catch (RuntimeException e) {
            application.close();
            throw e;
        }
    }

    /** On an empty database, the first staff user; another instance starting at once may have made it already. */
    private static Optional<Provisioning.InitialAdmin> initialAdmin(Application application, Config config) {
        try {
            return application.provisioning().initializeIfEmpty(config.adminEmail(), config.adminPassword());
        } catch (ConflictException e) {
            LOG.info("Another instance initialised the empty database first: {}", e.getMessage());
            return Optional.empty();
        } catch (InvalidInputException e) {
            if (!"unique".equals(e.code())) {
                throw e;
            }
            LOG.info("Another instance initialised the empty database first: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static Outcome migrate(List<String> args, PrintStream out, Map<String, String> env) {
        noArguments("migrate", args);
        try (Application ignored = Application.open(Config.fromEnvironment(env))) {
            out.println("migrated");
            return new Outcome(OK, null);
        }
    }

    private static Outcome admin(List<String> args, InputStream in, PrintStream out, Map<String, String> env) {
        if (args.isEmpty()) {
            throw new ConfigurationException("admin needs a command");
        }
        AdminCommands.Action action = AdminCommands.prepare(args.get(0), args.subList(1, args.size()), in);
        Config config = Config.fromEnvironment(env);
        try (Application application = Application.open(config)) {
            out.println(action.apply(application.provisioning()));
            return new Outcome(OK, null);
        }
    }

    private static void noArguments(String command, List<String> args) {
        if (!args.isEmpty()) {
            throw new ConfigurationException(command + " takes no arguments, got '" + args.get(0) + "'");
        }
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") ? "localhost" : host;
    }

    /**
     * The first start's lines. A password given in {@code BURROW_ADMIN_PASSWORD} is not printed back: only one
     * burrow made up, which nobody could know otherwise.
     */
    private static String welcome(Provisioning.InitialAdmin admin, boolean passwordFromEnvironment) {
        return """
                First start: created organization "%s", project "%s" and a staff user. Keep these; they are \
                shown only once.
                  email:    %s
                  password: %s
                  API key:  %s
                """.formatted(admin.organization().name(), admin.project().name(), admin.user().email(),
                passwordFromEnvironment ? "(set from BURROW_ADMIN_PASSWORD)" : admin.password(), admin.key().value());
    }

    static String usage() {
        return """
                usage: java -jar burrow.jar <command>
                  serve                      start the API server (PORT, DATABASE_URL, ... from the environment)
                  migrate                    bring the database schema up to date
                """ + AdminCommands.usage();
    }
}
