package dev.burrow.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.provisioning.Provisioning;
import dev.burrow.embedded.Burrow;
import dev.burrow.jdbc.DataSources;
import dev.burrow.jdbc.JdbcStorage;
import dev.burrow.mail.SmtpMailer;
import io.javalin.Javalin;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.time.Duration;

/**
 * The standalone server: burrow built as a library ({@link Burrow}) over a pool the configuration names, with the
 * mail server, GitHub App and metrics it configures, served by a Javalin server of its own.
 */
public final class Application implements AutoCloseable {

    /**
     * How long a stopping server lets requests in flight finish: well inside the grace a process gets before it
     * is killed (30 s on Kubernetes, 90 s under systemd).
     */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private final Config config;
    private final HikariDataSource dataSource;
    private final SmtpMailer mailer;
    private final Burrow burrow;
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private Javalin server;
    /** Closing twice (a signal, then the shutdown hook it leads to) does it once; the second waits for it. */
    private boolean closed;

    private Application(Config config, HikariDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.mailer = config.smtp() == null ? null : new SmtpMailer(config.smtp());
        Burrow.Builder builder = Burrow.builder(dataSource)
                .schemaHistoryTable(config.historyTable() != null ? config.historyTable()
                        : JdbcStorage.historyTableIn(dataSource, config.schema()))
                .siteUrl(config.siteUrl())
                .proxyHops(config.proxyHops())
                .allowedHosts(config.allowedHosts())
                .hashingThreads(config.hashingThreads())
                .meters(meters)
                .awaitStartup();
        if (config.schema() != null) {
            builder.schema(config.schema());
        }
        if (mailer != null) {
            builder.mailer(mailer);
        }
        if (config.geoipDatabase() != null) {
            try {
                builder.geoipDatabase(config.geoipDatabase());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("BURROW_GEOIP_DATABASE: " + e.getMessage());
            }
        }
        try {
            builder.github(config.github());
        } catch (IllegalArgumentException e) {
            // A private key that cannot be read stops the start, naming the setting, not the key.
            throw new ConfigurationException("GITHUB_APP_PRIVATE_KEY: " + e.getMessage());
        }
        this.burrow = builder.build();
        bindMeters();
    }

    /** Opens the database the configuration names and brings its schema up to date. */
    public static Application open(Config config) {
        String url = config.embedded() ? DataSources.h2File(config.dataDirectory()) : config.databaseUrl();
        HikariDataSource dataSource = DataSources.pool(url, config.poolSize());
        try {
            return new Application(config, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** Besides burrow's own (requests, the hashing queue): the connection pool, HikariCP's meters, and the JVM. */
    private void bindMeters() {
        dataSource.setMetricRegistry(meters);
        new JvmMemoryMetrics().bindTo(meters);
        gcMetrics.bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ClassLoaderMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
    }

    public Provisioning provisioning() {
        return burrow.provisioning();
    }

    /** Start-up work (the first admin, printed) is done: {@code /_readyz} may now answer 200. */
    public void startupComplete() {
        burrow.startupComplete();
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
            burrow.configure(javalin);
            javalin.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(meters.scrape()));
            if (config.benchCeiling() != null) {
                javalin.routes.get("/_bench/ceiling", BenchCeiling.ceiling(config.benchCeiling()));
                javalin.routes.get("/_bench/round-trip",
                        BenchCeiling.oneRoundTrip(config.benchCeiling(), dataSource));
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
     * Stops in order: the server first (in-flight requests finish), then burrow (the last key uses are written),
     * and only then does the pool close.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            try {
                burrow.close();
                if (mailer != null) {
                    mailer.close();
                }
            } finally {
                dataSource.close();
                gcMetrics.close();
                meters.close();
            }
        }
    }
}
