package dev.burrow.bootstrap;

import dev.burrow.jdbc.DataSources;
import dev.burrow.mail.SmtpSettings;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything burrow reads from its environment, read in one place. Unset values fall back to the embedded
 * default: an H2 file under {@code ./data}, port 8000.
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
 */
public record Config(int port, String host, String databaseUrl, Path dataDirectory, int poolSize, String siteUrl,
                     String adminEmail, String adminPassword, int proxyHops, int hashingThreads,
                     SmtpSettings smtp) {

    public static final int DEFAULT_PORT = 8000;
    public static final String DEFAULT_ADMIN_EMAIL = "admin@burrow.local";

    /** Reads the configuration from {@code env}; a malformed value fails with a message naming the variable. */
    public static Config fromEnvironment(Map<String, String> env) {
        int port = integer(env, "PORT", DEFAULT_PORT, 0, 65535);
        return new Config(
                port,
                text(env, "BURROW_HOST", "0.0.0.0"),
                text(env, "DATABASE_URL", null),
                Path.of(text(env, "BURROW_DATA_DIR", "data")),
                integer(env, "BURROW_DB_POOL_SIZE", DataSources.defaultPoolSize(), 1, 200),
                text(env, "SITE_URL", "http://localhost:" + port),
                text(env, "BURROW_ADMIN_EMAIL", DEFAULT_ADMIN_EMAIL),
                text(env, "BURROW_ADMIN_PASSWORD", null),
                integer(env, "BURROW_PROXY_HOPS", 0, 0, 10),
                integer(env, "BURROW_HASHING_THREADS", Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                        1, 64),
                smtp(env));
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
                + ", hashingThreads=" + hashingThreads + ", smtp=" + smtp + "]";
    }
}
