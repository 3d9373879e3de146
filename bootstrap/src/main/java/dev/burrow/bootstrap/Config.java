package dev.burrow.bootstrap;

import dev.burrow.github.GithubAppSettings;
import dev.burrow.http.auth.AllowedHosts;
import dev.burrow.jdbc.DataSources;
import dev.burrow.mail.SmtpSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Everything burrow reads from its environment, read in one place. Unset values fall back to the embedded
 * default: an H2 file under {@code ./data}, port 8000. {@code BURROW_LOG_FORMAT} ({@code text} or {@code json})
 * is read by {@link LogSetup}, which runs before anything else.
 *
 * @param port            {@code PORT}
 * @param host            {@code BURROW_HOST}, the address to listen on
 * @param databaseUrl     {@code DATABASE_URL}: a JDBC URL or {@code postgres://user:pass@host:port/db}; null for H2
 * @param dataDirectory   {@code BURROW_DATA_DIR}, where the embedded H2 file lives
 * @param poolSize        {@code BURROW_DB_POOL_SIZE}, database connections
 * @param siteUrl         {@code SITE_URL}, the public base URL
 * @param adminEmail      {@code BURROW_ADMIN_EMAIL}, the first staff user's address
 * @param adminPassword   {@code BURROW_ADMIN_PASSWORD}, the first staff user's password; null for a random one
 * @param proxyHops       {@code BURROW_PROXY_HOPS}, reverse proxies in front that append to X-Forwarded-For
 * @param hashingThreads  {@code BURROW_HASHING_THREADS}, threads that hash passwords (the queue holds four times as
 *                        many waiting hashes; beyond that, requests get 503)
 * @param smtp            {@code EMAIL_HOST} and its companions, Django's names; null when no mail server is set
 * @param github          {@code GITHUB_APP_ID} and its companions, PostHog's names: the GitHub App, where GitHub
 *                        is; any of them may be missing until the feature that needs it is used
 * @param allowedHosts    {@code BURROW_ALLOWED_HOSTS}, comma-separated, Django's {@code ALLOWED_HOSTS}: the host
 *                        names burrow answers for; by default, with {@code SITE_URL} set, its host and the
 *                        loopback names, and without it, any ({@code *})
 * @param benchCeiling    {@code BURROW_BENCH_CEILING}: a file whose bytes {@code GET /_bench/ceiling} answers
 *                        with, unauthenticated, the benchmark's ceiling; null (no such route) outside benchmarks
 * @param schema          {@code BURROW_SCHEMA}, the schema burrow's tables are in, as a host that embeds burrow gave
 *                        it ({@code Burrow.Builder.schema}); null for the connection's default schema
 * @param historyTable    {@code BURROW_SCHEMA_HISTORY_TABLE}, the table burrow's migrations are recorded in; null to
 *                        find it: {@code burrow_schema_history} where an embedded burrow's is there, else {@code
 *                        flyway_schema_history}
 * @param geoipDatabase   {@code BURROW_GEOIP_DATABASE}, a MaxMind City database ({@code GeoLite2-City.mmdb}) that
 *                        places login sessions ({@code location}); null for none (every location null)
 */
public record Config(int port, String host, String databaseUrl, Path dataDirectory, int poolSize, String siteUrl,
                     String adminEmail, String adminPassword, int proxyHops, int hashingThreads,
                     SmtpSettings smtp, GithubAppSettings github, List<String> allowedHosts, Path benchCeiling,
                     String schema, String historyTable, Path geoipDatabase) {

    public static final int DEFAULT_PORT = 8000;
    public static final String DEFAULT_ADMIN_EMAIL = "admin@burrow.local";

    /** Reads the configuration from {@code env}; a malformed value fails with a message naming the variable. */
    public static Config fromEnvironment(Map<String, String> env) {
        // Logging set itself up from it already (LogSetup); a wrong value stops the start here, with a message.
        LogSetup.Format.of(env.get(LogSetup.FORMAT_VARIABLE));
        int port = integer(env, "PORT", DEFAULT_PORT, 0, 65535);
        String siteUrl = text(env, "SITE_URL", "http://localhost:" + port);
        return new Config(
                port,
                text(env, "BURROW_HOST", "0.0.0.0"),
                text(env, "DATABASE_URL", null),
                Path.of(text(env, "BURROW_DATA_DIR", "data")),
                integer(env, "BURROW_DB_POOL_SIZE", DataSources.defaultPoolSize(), 1, 200),
                siteUrl,
                text(env, "BURROW_ADMIN_EMAIL", DEFAULT_ADMIN_EMAIL),
                text(env, "BURROW_ADMIN_PASSWORD", null),
                integer(env, "BURROW_PROXY_HOPS", 0, 0, 10),
                integer(env, "BURROW_HASHING_THREADS", Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                        1, 64),
                smtp(env),
                github(env, siteUrl),
                allowedHosts(env, siteUrl),
                Optional.ofNullable(text(env, "BURROW_BENCH_CEILING", null)).map(Path::of).orElse(null),
                sqlName(env, "BURROW_SCHEMA"),
                sqlName(env, "BURROW_SCHEMA_HISTORY_TABLE"),
                geoipDatabase(env));
    }

    /** The GeoIP database's file, there and readable; the start reads it whole (and fails if it is no database). */
    private static Path geoipDatabase(Map<String, String> env) {
        String value = text(env, "BURROW_GEOIP_DATABASE", null);
        if (value == null) {
            return null;
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigurationException("BURROW_GEOIP_DATABASE names no readable file: " + value);
        }
        return file;
    }

    /** A schema or table name burrow writes into its SQL as it is: plain and lower-case, or unset. */
    private static String sqlName(Map<String, String> env, String name) {
        String value = text(env, name, null);
        if (value != null && !value.matches("[a-z_][a-z0-9_]*")) {
            throw new ConfigurationException(name + " must be a plain lower-case SQL name, got '" + value + "'");
        }
        return value;
    }

    /**
     * The private key is the PEM text in {@code GITHUB_APP_PRIVATE_KEY} or the file {@code
     * GITHUB_APP_PRIVATE_KEY_PATH} names; {@code GITHUB_API_URL} and {@code GITHUB_WEB_URL} point elsewhere than
     * github.com (a GitHub Enterprise server: {@code https://HOST/api/v3} and {@code https://HOST}).
     */
    private static GithubAppSettings github(Map<String, String> env, String siteUrl) {
        String key = text(env, "GITHUB_APP_PRIVATE_KEY", null);
        String keyPath = text(env, "GITHUB_APP_PRIVATE_KEY_PATH", null);
        if (key == null && keyPath != null) {
            try {
                key = Files.readString(Path.of(keyPath));
            } catch (IOException | RuntimeException e) {
                throw new ConfigurationException("GITHUB_APP_PRIVATE_KEY_PATH names no readable file: " + keyPath);
            }
        }
        try {
            return new GithubAppSettings(text(env, "GITHUB_APP_ID", null), key,
                    text(env, "GITHUB_APP_CLIENT_ID", null), text(env, "GITHUB_APP_CLIENT_SECRET", null),
                    text(env, "GITHUB_APP_SLUG", null),
                    text(env, "GITHUB_API_URL", null), text(env, "GITHUB_WEB_URL", null), siteUrl,
                    Duration.ofSeconds(integer(env, "GITHUB_TIMEOUT_SECONDS", 10, 1, 300)));
        } catch (IllegalArgumentException e) {
            // The settings name their fields; the operator knows the variables.
            throw new ConfigurationException(e.getMessage().replace("apiBaseUrl", "GITHUB_API_URL")
                    .replace("webBaseUrl", "GITHUB_WEB_URL").replace("siteUrl", "SITE_URL"));
        }
    }

    /**
     * The hosts named, or the site's own and loopback when {@code SITE_URL} is set, or any when it is not: a server
     * told nothing of where it is served (a first try on a laptop, a container reached by whatever name) keeps
     * answering every name, as before there was a list.
     */
    private static List<String> allowedHosts(Map<String, String> env, String siteUrl) {
        String named = text(env, "BURROW_ALLOWED_HOSTS", null);
        if (named != null) {
            List<String> hosts = Arrays.stream(named.split(",")).map(String::strip).filter(h -> !h.isEmpty())
                    .toList();
            if (hosts.isEmpty()) {
                throw new ConfigurationException("BURROW_ALLOWED_HOSTS names no host; use * for any");
            }
            return hosts;
        }
        if (text(env, "SITE_URL", null) == null) {
            return List.of("*");
        }
        try {
            return AllowedHosts.forSite(siteUrl).patterns();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("SITE_URL must be a URL with a host, got " + siteUrl);
        }
    }

    private static SmtpSettings smtp(Map<String, String> env) {
        String host = text(env, "EMAIL_HOST", null);
        if (host == null) {
            return null;
        }
        boolean ssl = flag(env, "EMAIL_USE_SSL", false);
        return new SmtpSettings(host, integer(env, "EMAIL_PORT", ssl ? 465 : 587, 1, 65535),
                text(env, "EMAIL_HOST_USER", null), text(env, "EMAIL_HOST_PASSWORD", null),
                flag(env, "EMAIL_USE_TLS", !ssl), ssl, text(env, "EMAIL_DEFAULT_FROM", "root@localhost"));
    }

    private static boolean flag(Map<String, String> env, String name, boolean fallback) {
        String value = text(env, name, null);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw new ConfigurationException(name + " must be true or false, got " + value);
        };
    }

    /** Whether storage is the embedded H2 file rather than a database server. */
    public boolean embedded() {
        return databaseUrl == null;
    }

    private static String text(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = text(env, name, null);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new ConfigurationException(name + " must be between " + min + " and " + max + ", got " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(name + " must be a number, got " + value);
        }
    }

    @Override
    public String toString() {
        return "Config[port=" + port + ", host=" + host + ", database=" + (embedded() ? "H2 in " + dataDirectory
                : "DATABASE_URL") + ", poolSize=" + poolSize + ", siteUrl=" + siteUrl + ", proxyHops=" + proxyHops
                + ", hashingThreads=" + hashingThreads + ", allowedHosts=" + String.join(",", allowedHosts) + ", smtp=" + smtp + ", github=" + github
                + ", geoipDatabase=" + geoipDatabase + "]";
    }
}
