package dev.burrow.http.auth;

import dev.burrow.http.error.ErrorResponse;
import dev.burrow.http.error.HttpFailure;
import io.javalin.http.Context;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host names burrow answers for, as Django's {@code ALLOWED_HOSTS}: an exact name, {@code .example.com} for
 * the domain and all its subdomains, or {@code *} for any. The {@code Host} header is what pagination links and
 * the TOTP issuer are made of, so a request naming another host is refused before a route reads it, with 400 as
 * Django's {@code DisallowedHost}. As in Django's {@code validate_host}, the port does not count, a trailing dot is
 * dropped, and a header that is not a host name at all is refused even under {@code *}.
 */
public final class AllowedHosts {

    /** Any well-formed host: what burrow does when it is not told which hosts are its own. */
    public static final AllowedHosts ANY = new AllowedHosts(List.of("*"));

    /** Django's {@code host_validation_re}: a name of letters, digits, dots and dashes, or an IPv6 literal. */
    private static final Pattern HOST = Pattern.compile("([a-z0-9.-]+|\\[[a-f0-9]*:[a-f0-9.:]+])(:[0-9]+)?");
    private static final String VALIDATED = AllowedHosts.class.getName() + ".host";

    private final List<String> patterns;

    public AllowedHosts(List<String> patterns) {
        this.patterns = patterns.stream().map(String::strip).filter(pattern -> !pattern.isEmpty())
                .map(pattern -> pattern.toLowerCase(Locale.ROOT)).toList();
        if (this.patterns.isEmpty()) {
            throw new IllegalArgumentException("no allowed hosts: name at least one, or * for any");
        }
    }

    /**
     * The host of {@code siteUrl} and the loopback names ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}),
     * so that the site answers under its public name and to the machine it runs on, and to nothing else.
     */
    public static AllowedHosts forSite(String siteUrl) {
        String host = URI.create(siteUrl).getHost();
        if (host == null) {
            throw new IllegalArgumentException("the site URL names no host: " + siteUrl);
        }
        return new AllowedHosts(List.of(host, "localhost", "127.0.0.1", "[::1]"));
    }

    /** The patterns of a comma-separated list, as {@code BURROW_ALLOWED_HOSTS} gives them. */
    public static AllowedHosts parse(String commaSeparated) {
        return new AllowedHosts(List.of(commaSeparated.split(",")));
    }

    public List<String> patterns() {
        return patterns;
    }

    /**
     * Refuses a request whose host is not allowed, with PostHog's 400; otherwise remembers the host (as sent, port
     * included) for {@link #host}.
     */
    public void check(Context ctx) {
        String raw = raw(ctx);
        String domain = domain(raw);
        if (domain.isEmpty() || !allows(domain)) {
            throw new HttpFailure(400, new ErrorResponse("invalid_request", "invalid_host",
                    "Invalid HTTP_HOST header: " + quoted(raw) + "." + (domain.isEmpty()
                            ? " The domain name provided is not valid according to RFC 1034/1035."
                            : " You may need to add " + quoted(domain) + " to ALLOWED_HOSTS."), null));
        }
        ctx.attribute(VALIDATED, raw);
    }

    /** The request's host as {@link #check} let it through (port included): the only host links may name. */
    public static String host(Context ctx) {
        String host = ctx.attribute(VALIDATED);
        if (host == null) {
            throw new IllegalStateException("the route was registered without its host checked");
        }
        return host;
    }

    /** The request's host if it is allowed, without failing: for comparisons that simply fail otherwise. */
    public Optional<String> allowed(Context ctx) {
        String raw = raw(ctx);
        String domain = domain(raw);
        return domain.isEmpty() || !allows(domain) ? Optional.empty() : Optional.of(raw);
    }

    /** Django's {@code validate_host}, over a domain from {@link #domain}. */
    boolean allows(String domain) {
        return patterns.stream().anyMatch(pattern -> pattern.equals("*") || sameDomain(domain, pattern));
    }

    /** Django's {@code is_same_domain}: {@code .example.com} is the domain and its subdomains. */
    static boolean sameDomain(String host, String pattern) {
        return pattern.startsWith(".") && (host.endsWith(pattern) || host.equals(pattern.substring(1)))
                || pattern.equals(host);
    }

    /** Django's {@code split_domain_port}, the domain only: lower case, no port, no trailing dot; "" if invalid. */
    static String domain(String host) {
        Matcher matcher = HOST.matcher(host.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return "";
        }
        String domain = matcher.group(1);
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }

    /** The Host header, or, without one (HTTP/1.0), the name and port the server was reached at, as Django. */
    private static String raw(Context ctx) {
        String header = ctx.header("Host");
        if (header != null) {
            return header;
        }
        return ctx.req().getServerName() + ":" + ctx.req().getServerPort();
    }

    /** Python's {@code repr} of a string, as Django's message shows the host. */
    private static String quoted(String text) {
        String escaped = text.replace("\\", "\\\\");
        return text.contains("'") && !text.contains("\"") ? "\"" + escaped + "\""
                : "'" + escaped.replace("'", "\\'") + "'";
    }

    @Override
    public String toString() {
        return String.join(",", patterns);
    }
}
