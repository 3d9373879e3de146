package dev.burrow.http;

import java.util.Objects;

/**
 * What the HTTP adapter needs to know about where it is served: {@code siteUrl} is the public base URL (it names
 * the OAuth resource metadata in 401 challenges, and decides whether cookies are Secure); {@code proxyHops} is how
 * many reverse proxies stand in front and append to {@code X-Forwarded-For} (0: clients connect directly).
 */
public record HttpSettings(String siteUrl, int proxyHops) {

    public HttpSettings {
        Objects.requireNonNull(siteUrl, "siteUrl");
        siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        if (proxyHops < 0) {
            throw new IllegalArgumentException("proxyHops cannot be negative");
        }
    }

    public HttpSettings(String siteUrl) {
        this(siteUrl, 0);
    }
}
