package dev.burrow.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.apikey.PersonalApiKeyUseCases;
import dev.burrow.application.apikey.WriteBehindKeyUses;
import dev.burrow.application.auth.AuthUseCases;
import dev.burrow.application.autonomy.SignalAutonomyUseCases;
import dev.burrow.application.credential.BoundedPasswordHasher;
import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.github.GithubUseCases;
import dev.burrow.application.login.LoginUseCases;
import dev.burrow.application.mail.Mailer;
import dev.burrow.application.provisioning.Provisioning;
import dev.burrow.application.provisioning.ProvisioningUseCases;
import dev.burrow.application.throttle.PasswordCheckThrottle;
import dev.burrow.application.twofactor.TwoFactorUseCases;
import dev.burrow.application.user.UserPorts;
import dev.burrow.application.user.UserUseCases;
import dev.burrow.github.GithubApp;
import dev.burrow.http.HttpApi;
import dev.burrow.http.HttpSettings;
import dev.burrow.http.UseCases;
import dev.burrow.jdbc.DataSources;
import dev.burrow.jdbc.JdbcStorage;
import dev.burrow.mail.LoggingMailer;
import dev.burrow.mail.SmtpMailer;
import io.javalin.Javalin;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The composition root: the only class that knows every module. It builds storage from the configuration, the
 * use cases over it, and the HTTP API over those, by hand and top-down.
 */
public final class Application implements AutoCloseable {

    private final Config config;
    private final HikariDataSource dataSource;
    private final BoundedPasswordHasher passwords;
    private final Mailer mailer;
    /** How long a key's last use may wait to be written, batched with the others. */
    private static final Duration KEY_USE_INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /**
     * How long a stopping server lets requests in flight finish: well inside the grace a process gets before it
     * is killed (30 s on Kubernetes, 90 s under systemd).
     */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private final JdbcStorage storage;
    private final WriteBehindKeyUses keyUses;
    private final Provisioning provisioning;
    private final HttpApi api;
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private Javalin server;
    /** Closing twice (a signal, then the shutdown hook it leads to) does it once. */
    private final AtomicBoolean closed = new AtomicBoolean();

    private Application(Config config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.storage = new JdbcStorage(dataSource);
        this.keyUses = new WriteBehindKeyUses(storage.apiKeys()::recordUses, KEY_USE_INTERVAL,
                (thread, failure) -> LOG.warn("Could not record the last use of API keys", failure));
        // Microseconds are what both databases keep, so every instant is cut there before it is stored or compared.
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
        SecureRandom random = new SecureRandom();
        this.passwords = new BoundedPasswordHasher(new DjangoPasswordHasher(random), config.hashingThreads(),
                4 * config.hashingThreads());
        this.mailer = config.smtp() == null ? new LoggingMailer() : new SmtpMailer(config.smtp());
        this.provisioning = ProvisioningUseCases.create(storage.users(), storage.apiKeys(), storage.organizations(),
                storage.organizations(), storage.dashboards(), storage.teamInstallations(), passwords,
                storage.transactions(), clock, random);
        TwoFactorUseCases twoFactor = TwoFactorUseCases.create(storage.totpDevices(), storage.backupCodes(),
                storage.twoFactorSetups(), storage.sessions(), storage.users(), storage.transactions(),
                storage.rateLimiter(), clock, random);
        UseCases useCases = new UseCases(
                UserUseCases.create(new UserPorts(storage.users(), storage.organizations(), storage.scenes(),
                        storage.dashboards(), storage.totpDevices(), storage.sessions(), storage.verifications(),
                        storage.transactions()),
                        passwords, mailer, clock, random),
                AuthUseCases.authenticateApiKey(storage.apiKeys(), keyUses, clock),
                AuthUseCases.authenticateSession(storage.sessions(), storage.users(), clock),
                LoginUseCases.create(storage.users(), storage.sessions(), twoFactor.secondFactorCheck(), passwords,
                        storage.rateLimiter(), storage.transactions(), clock, random),
                PersonalApiKeyUseCases.create(storage.apiKeys(), storage.organizations(), storage.transactions(),
                        clock, random),
                twoFactor.twoFactor(),
                new PasswordCheckThrottle(storage.rateLimiter(), clock),
                SignalAutonomyUseCases.create(storage.signalAutonomy(), storage.users(), storage.transactions(),
                        clock),
                GithubUseCases.create(storage.users(), storage.organizations(), storage.githubInstallations(),
                        storage.teamInstallations(), storage.linkStates(), github(config, clock), clock, random),
                storage.transactions(),
                storage);
        this.api = new HttpApi(useCases, new HttpSettings(config.siteUrl(), config.proxyHops(), meters));
        bindMeters();
    }

    /**
     * Besides the requests (the HTTP adapter's), the connection pool (HikariCP's own meters), the password
     * hashing queue, and the JVM.
     */
    private void bindMeters() {
        dataSource.setMetricRegistry(meters);
        Gauge.builder("burrow.password.hashing.queue", passwords, BoundedPasswordHasher::queued)
                .description("password hashes waiting for a hashing thread")
                .register(meters);
        new JvmMemoryMetrics().bindTo(meters);
        gcMetrics.bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ClassLoaderMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
    }

    /** The real GitHub; a private key that cannot be read stops the start, naming the setting, not the key. */
    private static GithubApp github(Config config, Clock clock) {
        try {
            return new GithubApp(config.github(), clock);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("GITHUB_APP_PRIVATE_KEY: " + e.getMessage());
        }
    }

    /** Opens the database the configuration names and brings its schema up to date. */
    public static Application open(Config config) {
        String url = config.embedded() ? DataSources.h2File(config.dataDirectory()) : config.databaseUrl();
        HikariDataSource dataSource = DataSources.pool(url, config.poolSize());
        try {
            Application application = new Application(config, dataSource);
            application.storage.migrate();
            return application;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    public Provisioning provisioning() {
        return provisioning;
    }

    /**
     * Starts the HTTP server on the configured host and port. Stopping it ({@link #close}) is graceful: it stops
     * accepting, and requests already in flight get up to {@link #SHUTDOWN_GRACE} to finish (Javalin nests its
     * handlers inside the GracefulHandler set here).
     */
    public Javalin serve() {
        server = Javalin.create(javalin -> {
            javalin.jetty.modifyServer(jetty -> {
                jetty.setStopTimeout(SHUTDOWN_GRACE.toMillis());
                jetty.setHandler(new GracefulHandler());
            });
            api.configure(javalin);
            javalin.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(meters.scrape()));
            if (config.benchCeiling() != null) {
                javalin.routes.get("/_bench/ceiling", new BenchCeiling(config.benchCeiling()));
            }
        }).start(config.host(), config.port());
        return server;
    }

    /** The port the server listens on (the one the system chose, when configured with 0). */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("not serving");
        }
        return server.port();
    }

    /**
     * Stops in order: the server first (in-flight requests finish), then the last key uses are written, and only
     * then does the pool close.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (server != null) {
            server.stop();
        }
        if (mailer instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        passwords.close();
        keyUses.close();
        dataSource.close();
        gcMetrics.close();
        meters.close();
    }
}
