package dev.burrow.bootstrap;

import dev.burrow.application.provisioning.Provisioning;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.ProjectId;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The operator's commands. Each reads and checks all of its options first (so a mistake is reported before any
 * database is opened), then calls one provisioning use case and returns what it created (an id or a key), for the
 * caller to print alone on the last line of standard output.
 */
final class AdminCommands {

    /** What a command does once its options have been checked. */
    @FunctionalInterface
    interface Action extends Function<Provisioning, String> {
    }

    /** One command: the options it takes and how it turns them into an {@link Action}. */
    private record Command(String usage, Set<String> required, Set<String> optional, Set<String> flags,
                           BiFunction<Options, InputStream, Action> prepare) {
    }

    private static final Map<String, Command> COMMANDS = Map.of(
            "create-organization", new Command("--name N", Set.of("name"), Set.of(), Set.of(),
                    (options, in) -> provisioning -> provisioning.createOrganization(options.get("name")).id().toString()),
            "create-project", new Command("--organization UUID --name N", Set.of("organization", "name"), Set.of(),
                    Set.of(), (options, in) -> {
                        OrganizationId organization = organization(options.get("organization"));
                        return provisioning -> Long.toString(
                                provisioning.createProject(organization, options.get("name")).id().value());
                    }),
            "create-dashboard", new Command("--project ID --name N", Set.of("project", "name"), Set.of(), Set.of(),
                    (options, in) -> {
                        ProjectId project = project(options.get("project"));
                        return provisioning -> Long.toString(
                                provisioning.createDashboard(project, options.get("name")).id().value());
                    }),
            "add-team-github-installation", new Command(
                    "--project ID --installation-id N [--connected-by EMAIL] [--github-login LOGIN]",
                    Set.of("project", "installation-id"), Set.of("connected-by", "github-login"), Set.of(),
                    (options, in) -> {
                        ProjectId project = project(options.get("project"));
                        InstallationId installation = installation(options.get("installation-id"));
                        return provisioning -> Long.toString(provisioning.addTeamInstallation(project, installation,
                                options.get("connected-by"), options.get("github-login")).id());
                    }),
            "create-user", new Command(
                    "--email E [--password-stdin | --password P] [--first-name F] [--last-name L] [--staff]",
                    Set.of("email"), Set.of("password", "first-name", "last-name"), Set.of("staff", "password-stdin"),
                    (options, in) -> {
                        String password = password(options, in);
                        return provisioning -> provisioning.createUser(new Provisioning.NewUser(options.get("email"),
                                password, options.getOrDefault("first-name", ""),
                                options.getOrDefault("last-name", ""), options.flag("staff"))).uuid().toString();
                    }),
            "add-member", new Command("--organization UUID --email E [--level member|admin|owner]",
                    Set.of("organization", "email"), Set.of("level"), Set.of(), (options, in) -> {
                        OrganizationId organization = organization(options.get("organization"));
                        MembershipLevel level = level(options.getOrDefault("level", "member"));
                        return provisioning -> {
                            provisioning.addMember(organization, options.get("email"), level);
                            return options.get("email") + " is a " + level.name().toLowerCase(Locale.ROOT) + " of "
                                    + organization;
                        };
                    }),
            "create-api-key", new Command("--email E [--scopes user:read,user:write] [--label L]",
                    Set.of("email"), Set.of("scopes", "label"), Set.of(), (options, in) -> {
                        List<String> scopes = scopes(options.getOrDefault("scopes", "*"));
                        return provisioning -> provisioning.createApiKey(options.get("email"), scopes,
                                options.getOrDefault("label", "")).value();
                    }),
            "rotate-reset-secret", new Command("", Set.of(), Set.of(), Set.of(), (options, in) -> provisioning -> {
                provisioning.rotatePasswordResetSecret();
                return "password reset links are signed with a new secret; links already sent work until they expire";
            }));

    private AdminCommands() {
    }

    /**
     * Reads the options of command {@code name} (and, for {@code --password-stdin}, a line of {@code in}); any
     * mistake fails here, before anything is opened.
     */
    static Action prepare(String name, List<String> args, InputStream in) {
        Command command = COMMANDS.get(name);
        if (command == null) {
            throw new ConfigurationException("unknown admin command '" + name + "'");
        }
        return command.prepare().apply(Options.parse(args, command.required(), command.optional(), command.flags()),
                in);
    }

    /**
     * The new user's password: none (a random one), {@code --password}, which other users of the machine can read
     * in the process list, or {@code --password-stdin}: one line of standard input, without its line ending.
     */
    private static String password(Options options, InputStream in) {
        if (!options.flag("password-stdin")) {
            return options.get("password");
        }
        if (options.get("password") != null) {
            throw new ConfigurationException("--password and --password-stdin cannot both be given");
        }
        String line;
        try {
            line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new ConfigurationException("--password-stdin could not read standard input: " + e.getMessage());
        }
        if (line == null || line.isEmpty()) {
            throw new ConfigurationException("--password-stdin read an empty password");
        }
        return line;
    }

    static String usage() {
        StringBuilder usage = new StringBuilder();
        COMMANDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> usage
                .append("  admin ").append(entry.getKey()).append(' ').append(entry.getValue().usage()).append('\n'));
        return usage.toString();
    }

    private static OrganizationId organization(String value) {
        try {
            UUID uuid = UUID.fromString(value);
            if (uuid.toString().equalsIgnoreCase(value)) {
                return new OrganizationId(uuid);
            }
        } catch (IllegalArgumentException e) {
            // reported below, with the option's name
        }
        throw new ConfigurationException("--organization must be an organization UUID, got '" + value + "'");
    }

    private static ProjectId project(String value) {
        if (value.matches("[1-9]\\d{0,17}")) {
            return new ProjectId(Long.parseLong(value));
        }
        throw new ConfigurationException("--project must be a project id (a positive integer), got '" + value + "'");
    }

    private static InstallationId installation(String value) {
        if (value.matches("[1-9]\\d{0,17}")) {
            return new InstallationId(Long.parseLong(value));
        }
        throw new ConfigurationException(
                "--installation-id must be a GitHub installation id (a positive integer), got '" + value + "'");
    }

    private static MembershipLevel level(String value) {
        return MembershipLevel.named(value).orElseThrow(() ->
                new ConfigurationException("--level must be member, admin or owner, got '" + value + "'"));
    }

    private static List<String> scopes(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
