package dev.burrow.http;

import dev.burrow.http.auth.AllowedHosts;
import dev.burrow.http.auth.HostAuthentication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import java.util.Objects;

/**
 * What the HTTP adapter needs to know about where it is served: {@code siteUrl} is the public base URL (it names
 * the OAuth resource metadata in 401 challenges, and decides whether cookies are Secure); {@code proxyHops} is how
 * many reverse proxies stand in front and append to {@code X-Forwarded-For} (0: clients connect directly);
 * {@code meters} is where request metrics go (an empty composite registry keeps none); {@code host} is how the
 * service burrow is mounted in vouches for its callers (null: it does not), and {@code hostOnly} whether its
 * callers are the only ones, without burrow's own keys and sessions; {@code allowedHosts} are the host names
 * burrow answers for (Django's {@code ALLOWED_HOSTS}; any well-formed one unless told).
 */
public record HttpSettings(String siteUrl, int proxyHops, MeterRegistry meters, HostAuthentication host,
                           boolean hostOnly, AllowedHosts allowedHosts) {

    public HttpSettings {
        Objects.requireNonNull(siteUrl, "siteUrl");
        siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        Objects.requireNonNull(meters, "meters");
        Objects.requireNonNull(allowedHosts, "allowedHosts");
        if (proxyHops < 0) {
            throw new IllegalArgumentException("proxyHops cannot be negative");
        }
        if (hostOnly && host == null) {
            throw new IllegalArgumentException("only the host's callers, but no host authentication");
        }
    }

    public HttpSettings(String siteUrl, int proxyHops, MeterRegistry meters) {
        this(siteUrl, proxyHops, meters, null, false, AllowedHosts.ANY);
    }

    public HttpSettings(String siteUrl, int proxyHops) {
        this(siteUrl, proxyHops, new CompositeMeterRegistry());
    }

    public HttpSettings(String siteUrl) {
        this(siteUrl, 0);
    }

    /**
     * These settings with the host vouching for callers: {@code beside} burrow's own keys and sessions (true; the
     * host's credential is tried first), or instead of them (false).
     */
    public HttpSettings withHostAuthentication(HostAuthentication authentication, boolean beside) {
        return new HttpSettings(siteUrl, proxyHops, meters, Objects.requireNonNull(authentication, "authentication"),
                !beside, allowedHosts);
    }

    /** These settings answering only for {@code hosts}; a request naming another host gets 400. */
    public HttpSettings withAllowedHosts(AllowedHosts hosts) {
        return new HttpSettings(siteUrl, proxyHops, meters, host, hostOnly, hosts);
    }
}
