package dev.burrow.jdbc;

import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.application.autonomy.SignalAutonomyRepository;
import dev.burrow.application.github.GithubInstallationRepository;
import dev.burrow.application.github.LinkStateRepository;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.application.passkey.WebauthnChallengeRepository;
import dev.burrow.application.passkey.WebauthnCredentialRepository;
import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.application.reset.SigningSecretRepository;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.twofactor.BackupCodeRepository;
import dev.burrow.application.twofactor.TotpDeviceRepository;
import dev.burrow.application.twofactor.TwoFactorSetupRepository;
import dev.burrow.application.user.EmailVerificationRepository;
import dev.burrow.application.user.ProfileReads;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.failure.UnavailableException;
import dev.burrow.jdbc.apikey.JdbiPersonalApiKeyRepository;
import dev.burrow.jdbc.autonomy.JdbiSignalAutonomy;
import dev.burrow.jdbc.dashboard.JdbiDashboards;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.JdbiTransactionRunner;
import dev.burrow.jdbc.reset.JdbiSigningSecrets;
import dev.burrow.jdbc.github.JdbiGithubInstallations;
import dev.burrow.jdbc.github.JdbiLinkStates;
import dev.burrow.jdbc.github.JdbiTeamInstallations;
import dev.burrow.jdbc.organization.JdbiOrganizations;
import dev.burrow.jdbc.passkey.JdbiWebauthnChallenges;
import dev.burrow.jdbc.passkey.JdbiWebauthnCredentials;
import dev.burrow.jdbc.profile.JdbiProfileReads;
import dev.burrow.jdbc.scene.JdbiScenePersonalisations;
import dev.burrow.jdbc.session.JdbiSessions;
import dev.burrow.jdbc.throttle.JdbiRateLimiter;
import dev.burrow.jdbc.twofactor.JdbiBackupCodes;
import dev.burrow.jdbc.twofactor.JdbiTotpDevices;
import dev.burrow.jdbc.twofactor.JdbiTwoFactorSetups;
import dev.burrow.jdbc.user.JdbiEmailVerifications;
import dev.burrow.jdbc.user.JdbiUserRepository;
import dev.burrow.jdbc.database.InSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.JdbiException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;

/**
 * burrow's storage in a relational database (H2 or PostgreSQL): the schema's migrations and every persistence
 * port over one {@link DataSource}, which stays the caller's to close.
 */
public final class JdbcStorage implements ReadinessCheck {

    private static final int READINESS_TIMEOUT_SECONDS = 2;
    private static final String PLAIN_NAME = "[a-z_][a-z0-9_]*";
    /** What H2 and PostgreSQL answer when a table (or index) of that name is already there. */
    private static final Set<String> ALREADY_EXISTS = Set.of("42S01", "42S11", "42P07");

    /**
     * Where the migrations are: SQL files, and the Java ones for what SQL cannot say the same on both databases.
     * Under burrow's own package, not Flyway's default {@code db/migration}, so that a host running Flyway with its
     * defaults never picks burrow's up as its own. (They lived there until 0.1; Flyway records a migration's
     * version, description and checksum, not where it was found, so databases migrated then still validate.)
     */
    public static final String[] MIGRATIONS = {"classpath:dev/burrow/jdbc/migration"};

    /** Where the standalone server has always kept its migrations: Flyway's own default. */
    public static final String DEFAULT_HISTORY_TABLE = "flyway_schema_history";

    /** Where burrow embedded in a host keeps them, apart from any history of the host's own. */
    public static final String EMBEDDED_HISTORY_TABLE = "burrow_schema_history";

    private final DataSource dataSource;
    private final String historyTable;
    /** burrow's own schema, or null for the connection's default one. */
    private final String schema;
    private final Database database;
    private final JdbiUserRepository users;
    private final JdbiPersonalApiKeyRepository apiKeys;
    private final JdbiOrganizations organizations;
    private final JdbiScenePersonalisations scenes;
    private final JdbiSessions sessions;
    private final JdbiRateLimiter rateLimiter;
    private final JdbiTotpDevices totpDevices;
    private final JdbiBackupCodes backupCodes;
    private final JdbiTwoFactorSetups twoFactorSetups;
    private final JdbiEmailVerifications verifications;
    private final JdbiDashboards dashboards;
    private final JdbiSignalAutonomy signalAutonomy;
    private final JdbiGithubInstallations githubInstallations;
    private final JdbiTeamInstallations teamInstallations;
    private final JdbiLinkStates linkStates;
    private final JdbiTransactionRunner transactions;
    private final JdbiSigningSecrets signingSecrets;
    /** {@link #schemaVersion()}, once known. */
    private volatile Integer schemaVersion;
    private final JdbiWebauthnCredentials webauthnCredentials;
    private final JdbiWebauthnChallenges webauthnChallenges;
    private final JdbiProfileReads profiles;

    public JdbcStorage(DataSource dataSource) {
        this(dataSource, DEFAULT_HISTORY_TABLE);
    }

    /** Storage whose migrations Flyway records in {@code historyTable} (a plain lower-case SQL name). */
    public JdbcStorage(DataSource dataSource, String historyTable) {
        this(dataSource, historyTable, null);
    }

    /**
     * Storage whose tables, and their history table, are in {@code schema} (a plain lower-case SQL name, created
     * when missing), apart from the tables of the connection's default schema; null for that default schema.
     */
    public JdbcStorage(DataSource dataSource, String historyTable, String schema) {
        if (!historyTable.matches(PLAIN_NAME)) {
            throw new IllegalArgumentException("the history table must be a plain lower-case name: " + historyTable);
        }
        if (schema != null && !schema.matches(PLAIN_NAME)) {
            throw new IllegalArgumentException("the schema must be a plain lower-case name: " + schema);
        }
        this.historyTable = historyTable;
        this.schema = schema;
        this.dataSource = dataSource;
        this.database = new Database(schema == null ? dataSource : new InSchema(dataSource, schema));
        this.users = new JdbiUserRepository(database);
        this.apiKeys = new JdbiPersonalApiKeyRepository(database);
        this.organizations = new JdbiOrganizations(database);
        this.scenes = new JdbiScenePersonalisations(database);
        this.sessions = new JdbiSessions(database);
        this.rateLimiter = new JdbiRateLimiter(database);
        this.totpDevices = new JdbiTotpDevices(database);
        this.backupCodes = new JdbiBackupCodes(database);
        this.twoFactorSetups = new JdbiTwoFactorSetups(database);
        this.verifications = new JdbiEmailVerifications(database);
        this.dashboards = new JdbiDashboards(database);
        this.signalAutonomy = new JdbiSignalAutonomy(database);
        this.githubInstallations = new JdbiGithubInstallations(database);
        this.teamInstallations = new JdbiTeamInstallations(database);
        this.linkStates = new JdbiLinkStates(database);
        this.transactions = new JdbiTransactionRunner(database);
        this.signingSecrets = new JdbiSigningSecrets(database);
        this.webauthnCredentials = new JdbiWebauthnCredentials(database);
        this.webauthnChallenges = new JdbiWebauthnChallenges(database);
        this.profiles = new JdbiProfileReads(database);
    }

    /**
     * Which history table holds burrow's migrations in {@code schema} (null for the connection's default): the
     * embedded one ({@value #EMBEDDED_HISTORY_TABLE}) wherever it exists, so that the admin commands run over a
     * database burrow is embedded in, even beside the host's own {@value #DEFAULT_HISTORY_TABLE}; the standalone
     * server's ({@value #DEFAULT_HISTORY_TABLE}) otherwise, an empty database included.
     */
    public static String historyTableIn(DataSource dataSource, String schema) {
        try (Connection connection = dataSource.getConnection()) {
            String in = schema != null ? schema : connection.getSchema();
            return hasTable(connection, in, EMBEDDED_HISTORY_TABLE) ? EMBEDDED_HISTORY_TABLE : DEFAULT_HISTORY_TABLE;
        } catch (SQLException e) {
            throw new IllegalStateException("could not look for burrow's migration history: " + e.getMessage(), e);
        }
    }

    /** Flyway quotes the names it creates, so they keep their case; the schema may be the database's, in capitals. */
    private static boolean hasTable(Connection connection, String schema, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet tables = metadata.getTables(connection.getCatalog(), null, table, null)) {
            while (tables.next()) {
                if (schema == null || schema.equalsIgnoreCase(tables.getString("TABLE_SCHEM"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The newest migration this build carries, as Flyway finds them where {@link #migrate} does: a new migration
     * is its file alone. Asked of the database once (Flyway reads the history with the files), then kept.
     */
    public int schemaVersion() {
        Integer known = schemaVersion;
        if (known == null) {
            known = Arrays.stream(flyway().load().info().all())
                    .filter(migration -> migration.isVersioned() && migration.getState().isResolved())
                    .mapToInt(migration -> Integer.parseInt(migration.getVersion().getVersion()))
                    .max().orElse(0);
            schemaVersion = known;
        }
        return known;
    }

    /** Brings the schema up to date; returns how many migrations it applied (none when it already was). */
    public int migrate() {
        try {
            return flyway().load().migrate().migrationsExecuted;
        } catch (FlywayException e) {
            if (schema == null && alreadyExists(e)) {
                throw new IllegalStateException("burrow's tables clash with a table of the same name already in "
                        + "the database's default schema (" + e.getMessage().lines().findFirst().orElse("")
                        + "). Give burrow a schema of its own: Burrow.builder(dataSource).schema(\"burrow\")", e);
            }
            throw e;
        }
    }

    private FluentConfiguration flyway() {
        FluentConfiguration flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .table(historyTable)
                // A schema that already holds other tables (the host's, when burrow is embedded) is not an error:
                // burrow's migrations start from nothing in it.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true);
        if (schema != null) {
            flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        return flyway;
    }

    private static boolean alreadyExists(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ALREADY_EXISTS.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the database hands out a working connection within a couple of seconds. */
    public boolean isReady() {
        return database.isReachable(READINESS_TIMEOUT_SECONDS);
    }

    /**
     * The database answers, and holds every migration of this build. A newer schema counts as ready: during a
     * rolling upgrade the first new instance migrates, and the old ones keep serving on it until they are
     * replaced. (They must not write users for long: V6's per-block user counts are kept by the code that writes
     * users, which old builds lack. The README's fleet section says how to upgrade past it.)
     */
    @Override
    public Readiness check() {
        if (!isReady()) {
            return new Readiness(false, false);
        }
        try {
            return new Readiness(true, appliedVersion() >= schemaVersion());
        } catch (FlywayException | JdbiException | UnavailableException e) {
            return new Readiness(true, false);
        }
    }

    /** The newest migration applied, 0 before the first. */
    private int appliedVersion() {
        try {
            return database.list("select version from " + historyTable + " where success = true", String.class,
                            query -> { }).stream()
                    .filter(version -> version != null && version.matches("\\d+"))
                    .mapToInt(Integer::parseInt)
                    .max()
                    .orElse(0);
        } catch (JdbiException | UnavailableException e) {
            return 0;
        }
    }

    /**
     * A caller and their whole profile in one statement over these tables: for burrow's own directory of
     * organizations only (a host's cannot be joined).
     */
    public ProfileReads profiles() {
        return profiles;
    }

    public UserRepository users() {
        return users;
    }

    public PersonalApiKeyRepository apiKeys() {
        return apiKeys;
    }

    /** Both the directory burrow reads organizations through and the registry its admin commands write with. */
    public JdbiOrganizations organizations() {
        return organizations;
    }

    public ScenePersonalisationRepository scenes() {
        return scenes;
    }

    public SessionRepository sessions() {
        return sessions;
    }

    /** Attempt counts every server instance over this database shares. */
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /**
     * The users' authenticators; also the {@code SecondFactorDirectory} behind {@code is_2fa_enabled} (a TOTP device,
     * or passkeys turned on for 2FA with a verified one).
     */
    public TotpDeviceRepository totpDevices() {
        return totpDevices;
    }

    public BackupCodeRepository backupCodes() {
        return backupCodes;
    }

    public TwoFactorSetupRepository twoFactorSetups() {
        return twoFactorSetups;
    }

    /** The codes that confirm users' new email addresses. */
    public EmailVerificationRepository verifications() {
        return verifications;
    }

    /**
     * Both the directory scene personalisations check their dashboards against and the registry the admin command
     * adds dashboards with.
     */
    public JdbiDashboards dashboards() {
        return dashboards;
    }

    /** Users' signal autonomy settings, one row per user at most. */
    public SignalAutonomyRepository signalAutonomy() {
        return signalAutonomy;
    }

    /** Users' links to GitHub installations, with the repositories last read for each. */
    public GithubInstallationRepository githubInstallations() {
        return githubInstallations;
    }

    /**
     * Both the directory the GitHub use cases read project installations from and the registry the admin command
     * connects them with.
     */
    public JdbiTeamInstallations teamInstallations() {
        return teamInstallations;
    }

    /** Started GitHub links, which any server instance over this database can finish. */
    public LinkStateRepository linkStates() {
        return linkStates;
    }

    /** Users' passkeys. */
    public WebauthnCredentialRepository webauthnCredentials() {
        return webauthnCredentials;
    }

    /** The challenges of passkey ceremonies in progress. */
    public WebauthnChallengeRepository webauthnChallenges() {
        return webauthnChallenges;
    }

    public TransactionRunner transactions() {
        return transactions;
    }

    /** The secrets password reset links are signed with, shared by every instance. */
    public SigningSecretRepository signingSecrets() {
        return signingSecrets;
    }
}
