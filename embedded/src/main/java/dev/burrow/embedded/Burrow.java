package dev.burrow.embedded;

import dev.burrow.domain.HostApi;

import dev.burrow.application.Ports;
import dev.burrow.application.apikey.WriteBehindKeyUses;
import dev.burrow.application.credential.BoundedPasswordHasher;
import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.dashboard.DashboardDirectory;
import dev.burrow.application.github.GithubAppGateway;
import dev.burrow.application.github.TeamInstallationDirectory;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.application.mail.Mailer;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.provisioning.Provisioning;
import dev.burrow.application.session.Geolocation;
import dev.burrow.application.user.ComposedProfileReads;
import dev.burrow.application.user.ProfileReads;
import dev.burrow.application.provisioning.ProvisioningUseCases;
import dev.burrow.geoip.MaxMindGeolocation;
import dev.burrow.github.GithubApp;
import dev.burrow.github.GithubAppSettings;
import dev.burrow.http.HttpApi;
import dev.burrow.http.HttpSettings;
import dev.burrow.http.UseCases;
import dev.burrow.http.auth.AllowedHosts;
import dev.burrow.http.auth.HostAuthentication;
import dev.burrow.jdbc.JdbcStorage;
import dev.burrow.mail.LoggingMailer;
import dev.burrow.webauthn.Webauthn4jVerifier;
import io.javalin.config.JavalinConfig;
import io.javalin.plugin.Plugin;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * burrow as a library: the Users API built from a host service's {@link DataSource} and, where the host owns them,
 * its own implementations of the ports for organizations, dashboards, team GitHub installations and mail (burrow's
 * JDBC ones otherwise). Mount it into the host's Javalin app with {@link #plugin}:
 *
 * <pre>{@code
 * Burrow burrow = Burrow.builder(dataSource)
 *         .siteUrl("https://app.example.com")
 *         .organizations(myDirectory)
 *         .build();
 * Javalin.create(config -> config.registerPlugin(burrow.plugin("/users-api")));
 * }</pre>
 *
 * <p>burrow keeps its own tables in that database (users, keys, sessions, second factors, settings, GitHub links)
 * and brings them up to date when built. Close it when the host stops: it writes the last key uses and stops its
 * password-hashing threads; the data source stays the host's to close.
 */
@HostApi
public final class Burrow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Burrow.class);
    /** How long a key's last use may wait to be written, batched with the others. */
    private static final Duration KEY_USE_INTERVAL = Duration.ofSeconds(1);

    private final JdbcStorage storage;
    /**
     * The provisioning functions write burrow's own tables, organizations included: they are the admin commands'
     * (and the first start's), which only matter where burrow's directory is the one in use.
     */
    private final Provisioning provisioning;
    private final WriteBehindKeyUses keyUses;
    private final BoundedPasswordHasher passwords;
    private final HttpApi api;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Whether start-up work is done: at once, unless the host said it has some ({@link Builder#awaitStartup}). */
    private final AtomicBoolean started;
    private final ReadinessCheck readiness;

    private Burrow(Builder builder) {
        this.started = new AtomicBoolean(!builder.awaitStartup);
        this.storage = new JdbcStorage(builder.dataSource, builder.historyTable, builder.schema);
        this.readiness = ReadinessCheck.afterStartup(storage, started::get);
        if (builder.migrate) {
            storage.migrate();
        }
        Clock clock = builder.clock;
        // Built before any thread starts: a GitHub App key that cannot be read fails here, with nothing to stop.
        GithubAppGateway github = builder.github != null ? new GithubApp(builder.github, clock)
                : new GithubApp(new GithubAppSettings(null, null, null, null, null, builder.siteUrl), clock);
        this.keyUses = new WriteBehindKeyUses(storage.apiKeys()::recordUses, KEY_USE_INTERVAL,
                (thread, failure) -> LOG.warn("Could not record the last use of API keys", failure));
        SecureRandom random = new SecureRandom();
        this.passwords = new BoundedPasswordHasher(new DjangoPasswordHasher(random), builder.hashingThreads,
                4 * builder.hashingThreads);
        try {
            this.api = compose(builder, github, clock, random);
        } catch (RuntimeException e) {
            passwords.close();
            keyUses.close();
            throw e;
        }
        this.provisioning = ProvisioningUseCases.create(storage.users(), storage.apiKeys(), storage.organizations(),
                storage.organizations(), storage.dashboards(), storage.teamInstallations(), passwords,
                storage.transactions(), clock, random, storage.signingSecrets());
        Gauge.builder("burrow.password.hashing.queue", passwords, BoundedPasswordHasher::queued)
                .description("password hashes waiting for a hashing thread")
                .register(builder.meters);
    }

    /** The use cases over burrow's storage and the host's ports, and the HTTP adapter over them. */
    private HttpApi compose(Builder builder, GithubAppGateway github, Clock clock, SecureRandom random) {
        OrganizationDirectory organizations = or(builder.organizations, storage.organizations());
        DashboardDirectory dashboards = or(builder.dashboards, storage.dashboards());
        TeamInstallationDirectory teams = or(builder.teamInstallations, storage.teamInstallations());
        Mailer mailer = or(builder.mailer, new LoggingMailer());
        UseCases useCases = UseCases.over(new Ports(storage.users(), storage.apiKeys(), keyUses, organizations,
                storage.scenes(), dashboards, storage.sessions(), storage.rateLimiter(), storage.totpDevices(),
                storage.backupCodes(), storage.twoFactorSetups(), storage.verifications(), storage.signalAutonomy(),
                storage.githubInstallations(), teams, storage.linkStates(), storage.transactions(), passwords, mailer,
                github, clock, random, storage.signingSecrets(),
                storage.webauthnCredentials(), storage.webauthnChallenges(),
                Webauthn4jVerifier.forSite(builder.siteUrl), profileReads(builder, organizations)), readiness,
                builder.geolocation);
        HttpSettings settings = new HttpSettings(builder.siteUrl, builder.proxyHops, builder.meters)
                .withAllowedHosts(builder.allowedHosts);
        if (builder.host != null) {
            settings = settings.withHostAuthentication(builder.host, builder.besideBurrowsOwn);
        }
        return new HttpApi(useCases, settings);
    }

    /**
     * How a caller's whole profile is read: in one statement over burrow's own tables, or the ports one after
     * another where the host brings its own directory of organizations, which no statement of burrow's can join.
     */
    private ProfileReads profileReads(Builder builder, OrganizationDirectory organizations) {
        return builder.organizations == null ? storage.profiles()
                : new ComposedProfileReads(storage.apiKeys(), storage.sessions(), storage.users(), organizations,
                storage.scenes(), storage.totpDevices());
    }

    /** A builder over {@code dataSource}, where burrow keeps its tables. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** Mounts burrow's routes into a Javalin app under {@code prefix} ({@code ""} for the root). */
    public Plugin<Void> plugin(String prefix) {
        return api.plugin(prefix);
    }

    /**
     * Makes {@code config} a server that is burrow's alone ({@link HttpApi#configure}): burrow's own server uses it;
     * a host mounts the {@link #plugin} instead. The HTTP adapter itself stays burrow's, outside the host API.
     */
    public void configure(JavalinConfig config) {
        api.configure(config);
    }

    /** Creating users, keys and (in burrow's own tables) organizations, as the admin commands do. */
    public Provisioning provisioning() {
        return provisioning;
    }

    /**
     * Whether the database answers and holds burrow's schema, and start-up work is done: for the host's own
     * readiness check.
     */
    public ReadinessCheck readiness() {
        return readiness;
    }

    /** Start-up work is done: readiness now depends on the database alone (see {@link Builder#awaitStartup}). */
    public void startupComplete() {
        started.set(true);
    }

    /** Writes the key uses still waiting and stops the hashing threads; the data source stays open. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            passwords.close();
            keyUses.close();
        }
    }

    private static <T> T or(T chosen, T fallback) {
        return chosen != null ? chosen : fallback;
    }

    /** What burrow is built from; everything but the data source has a default. */
    @HostApi
    public static final class Builder {

        private final DataSource dataSource;
        private String siteUrl = "http://localhost:8000";
        private int proxyHops;
        private AllowedHosts allowedHosts = AllowedHosts.ANY;
        private OrganizationDirectory organizations;
        private DashboardDirectory dashboards;
        private TeamInstallationDirectory teamInstallations;
        private Mailer mailer;
        private GithubAppSettings github;
        private Geolocation geolocation = Geolocation.NONE;
        private String historyTable = JdbcStorage.EMBEDDED_HISTORY_TABLE;
        private String schema;
        private HostAuthentication host;
        private boolean besideBurrowsOwn;
        private MeterRegistry meters = new CompositeMeterRegistry();
        private int hashingThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        // Microseconds are what both databases keep, so every instant is cut there before it is stored or compared.
        private Clock clock = Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
        private boolean migrate = true;
        private boolean awaitStartup;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** The public base URL of the host: links, cookies' Secure flag, 401 challenges, GitHub's way back. */
        public Builder siteUrl(String siteUrl) {
            this.siteUrl = Objects.requireNonNull(siteUrl, "siteUrl");
            return this;
        }

        /** Reverse proxies in front that append to {@code X-Forwarded-For}; 0 (the default) for none. */
        public Builder proxyHops(int proxyHops) {
            this.proxyHops = proxyHops;
            return this;
        }

        /**
         * The host names burrow answers for, as Django's {@code ALLOWED_HOSTS} ({@code "api.example.com"}, {@code
         * ".example.com"} for a domain and its subdomains, {@code "*"} for any); others get 400. Any well-formed
         * name by default: a host app has its own checks, before its routes and burrow's.
         */
        public Builder allowedHosts(java.util.List<String> hosts) {
            this.allowedHosts = new AllowedHosts(Objects.requireNonNull(hosts, "hosts"));
            return this;
        }

        /** The host's organizations, projects, memberships and invites; burrow's own tables by default. */
        public Builder organizations(OrganizationDirectory organizations) {
            this.organizations = Objects.requireNonNull(organizations, "organizations");
            return this;
        }

        /** The host's dashboards, for scene personalisation; burrow's own table by default. */
        public Builder dashboards(DashboardDirectory dashboards) {
            this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
            return this;
        }

        /** The GitHub installations the host's projects have; burrow's own table by default. */
        public Builder teamInstallations(TeamInstallationDirectory teamInstallations) {
            this.teamInstallations = Objects.requireNonNull(teamInstallations, "teamInstallations");
            return this;
        }

        /** How mail reaches users (email confirmation codes, notices); logged, not sent, by default. */
        public Builder mailer(Mailer mailer) {
            this.mailer = Objects.requireNonNull(mailer, "mailer");
            return this;
        }

        /**
         * burrow's GitHub App, reached through GitHub's REST API; without it, the GitHub routes answer that the App
         * is not configured. Fails here, with what is wrong, when the private key cannot be read.
         */
        public Builder github(GithubAppSettings settings) {
            new GithubApp(settings, clock);
            this.github = settings;
            return this;
        }

        /** Where a login session's address is, for its {@code location}; null locations by default. */
        public Builder geolocation(Geolocation geolocation) {
            this.geolocation = Objects.requireNonNull(geolocation, "geolocation");
            return this;
        }

        /**
         * A MaxMind City database ({@code GeoLite2-City.mmdb}) for login sessions' {@code location}, read into memory
         * here: fails here, naming the file, when it is missing or not a City database.
         */
        public Builder geoipDatabase(Path file) {
            return geolocation(MaxMindGeolocation.open(Objects.requireNonNull(file, "file")));
        }

        /**
         * The table Flyway keeps burrow's migrations in: {@code burrow_schema_history} by default, so that a host
         * using Flyway on the same schema keeps its own history apart.
         */
        public Builder schemaHistoryTable(String table) {
            this.historyTable = Objects.requireNonNull(table, "table");
            return this;
        }

        /**
         * A schema of burrow's own ({@code "burrow"}, say) for its tables and their migration history, created when
         * missing, so that its {@code users}, {@code sessions} and others never meet tables of the same names in the
         * host's default schema. Every connection burrow borrows is set to it ({@code Connection.setSchema}) and set
         * back when returned. By default burrow's tables go to the connection's default schema.
         */
        public Builder schema(String schema) {
            this.schema = Objects.requireNonNull(schema, "schema");
            return this;
        }

        /**
         * The host vouches for its own callers: {@code beside} burrow's keys and sessions (the host's credential
         * tried first), or, when false, instead of them.
         */
        public Builder hostAuthentication(HostAuthentication authentication, boolean beside) {
            this.host = Objects.requireNonNull(authentication, "authentication");
            this.besideBurrowsOwn = beside;
            return this;
        }

        /** Where burrow's meters go (requests, the hashing queue); none are kept by default. */
        public Builder meters(MeterRegistry meters) {
            this.meters = Objects.requireNonNull(meters, "meters");
            return this;
        }

        /** Threads that hash passwords (a quarter second each); half the cores by default. */
        public Builder hashingThreads(int hashingThreads) {
            if (hashingThreads < 1) {
                throw new IllegalArgumentException("at least one hashing thread");
            }
            this.hashingThreads = hashingThreads;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Whether building brings burrow's tables up to date (the default); false where migrations run apart. */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * The host has start-up work to do after building burrow (the standalone server makes the first admin):
         * {@code GET /_readyz} answers 503 until {@link Burrow#startupComplete} is called. By default burrow is
         * ready once built.
         */
        public Builder awaitStartup() {
            this.awaitStartup = true;
            return this;
        }

        /**
         * Builds burrow: first checks the classpath brings the Javalin, Jetty and Jackson it needs (failing with
         * one message naming what was found where it does not), then migrates its tables unless told not to.
         */
        public Burrow build() {
            LibraryVersions.onClasspath().require(LibraryVersions.builtWith());
            return new Burrow(this);
        }
    }
}
