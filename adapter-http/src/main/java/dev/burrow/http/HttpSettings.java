package dev.burrow.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import java.util.Objects;

/**
 * What the HTTP adapter needs to know about where it is served: {@code siteUrl} is the public base URL (it names
 * the OAuth resource metadata in 401 challenges, and decides whether cookies are Secure); {@code proxyHops} is how
 * many reverse proxies stand in front and append to {@code X-Forwarded-For} (0: clients connect directly);
 * {@code meters} is where request metrics go (an empty composite registry keeps none).
 */
public record HttpSettings(String siteUrl, int proxyHops, MeterRegistry meters) {

    public HttpSettings {
        Objects.requireNonNull(siteUrl, "siteUrl");
        siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        Objects.requireNonNull(meters, "meters");
        if (proxyHops < 0) {
            throw new IllegalArgumentException("proxyHops cannot be negative");
        }
    }

    public HttpSettings(String siteUrl, int proxyHops) {
        this(siteUrl, proxyHops, new CompositeMeterRegistry());
    }

    public HttpSettings(String siteUrl) {
        this(siteUrl, 0);
    }
}
