package dev.burrow.http;

import java.util.Objects;

/**
 * What the HTTP adapter needs to know about where it is served: {@code siteUrl} is the public base URL (it names
 * the OAuth resource metadata in 401 challenges).
 */
public record HttpSettings(String siteUrl) {

    public HttpSettings {
        Objects.requireNonNull(siteUrl, "siteUrl");
        siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }
}
