package dev.burrow.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Connection pools from configuration: a JDBC URL, a {@code postgres://} URL, or burrow's default H2 file. */
public final class DataSources {

    /** What makes H2 behave like PostgreSQL for burrow's SQL: its dialect, lower-case names, nulls sorted last. */
    public static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    // A request waits this long for a connection before it is answered "unavailable" rather than left hanging.
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration MAX_LIFETIME = Duration.ofMinutes(30);

    private DataSources() {
    }

    /** Where to connect and as whom; {@code user} and {@code password} are null when the URL carries them. */
    public record Location(String jdbcUrl, String user, String password) {

        @Override
        public String toString() {
            return "Location[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + (password == null ? null : "***")
                    + "]";
        }
    }

    /** A pool of {@link #defaultPoolSize()} connections to {@code url}. */
    public static HikariDataSource pool(String url) {
        return pool(url, defaultPoolSize());
    }

    /** A pool of at most {@code maximumPoolSize} connections to {@code url} (see {@link #locate(String)}). */
    public static HikariDataSource pool(String url, int maximumPoolSize) {
        Location location = locate(url);
        HikariConfig config = new HikariConfig();
        config.setPoolName("burrow");
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(maximumPoolSize);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        config.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        config.setMaxLifetime(MAX_LIFETIME.toMillis());
        return new HikariDataSource(config);
    }

    /** Two connections per core, at least 4 and at most 16: the database, not the pool, should be the limit. */
    public static int defaultPoolSize() {
        return Math.min(16, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The JDBC URL of burrow's embedded database: the H2 file {@code burrow} in {@code directory}. H2's automatic
     * mixed mode lets a second process (an admin command beside the running server) share the file through the
     * first one, instead of failing on its lock.
     */
    public static String h2File(Path directory) {
        // The mixed-mode server listens only on loopback: other processes on this machine, never the network.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        // WRITE_DELAY=0: H2 writes each commit to the file before the commit returns. By default it gathers
        // commits for up to half a second, and a killed process lost the changes it had already acknowledged.
        return "jdbc:h2:file:" + directory.toAbsolutePath().normalize().resolve("burrow") + H2_SETTINGS
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /** The JDBC URL of an H2 database that lives in memory, under {@code name}, until the JVM exits. */
    public static String h2Memory(String name) {
        return "jdbc:h2:mem:" + name + H2_SETTINGS + ";DB_CLOSE_DELAY=-1";
    }

    /**
     * Reads a database URL: a JDBC URL is used as it is; {@code postgres://user:password@host:port/database?params}
     * (or {@code postgresql://}), as hosting platforms hand out in {@code DATABASE_URL}, becomes a PostgreSQL JDBC
     * URL with the same host, database and parameters, and the percent-decoded credentials beside it.
     */
    public static Location locate(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no database URL given");
        }
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            return new Location(trimmed, null, null);
        }
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            return postgres(trimmed);
        }
        // The URL is not repeated in the message: it may hold a password.
        throw new IllegalArgumentException(
                "a database URL starts with jdbc:, postgres:// or postgresql://, got scheme "
                        + (trimmed.contains(":") ? trimmed.substring(0, trimmed.indexOf(':')) : "(none)"));
    }

    private static Location postgres(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "not a valid postgres:// URL (are special characters in the password percent-encoded?)");
        }
        if (uri.getRawFragment() != null) {
            // An unencoded '#' in a password would silently cut the URL short.
            throw new IllegalArgumentException(
                    "a postgres:// URL has no fragment (is a '#' in the password percent-encoded?)");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new IllegalArgumentException("a postgres:// URL names a host");
        }
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = percentDecoded(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : percentDecoded(userInfo.substring(colon + 1));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new Location("jdbc:postgresql://" + authority + path + query, emptyAsNull(user), password);
    }

    // URLDecoder is for forms, where '+' means a space; in a URL's user info it is just a plus.
    private static String percentDecoded(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
