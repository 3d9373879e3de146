package dev.burrow.domain.passkey;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Who passkeys are made for, derived from the site's public URL as PostHog derives it from {@code SITE_URL}: the id
 * is the host name ({@code localhost} when there is none), the one origin accepted is the scheme and host, with the
 * port unless it is 80 or 443, and the name shown by authenticators is PostHog's literal.
 */
public record RelyingParty(String id, String name, String origin) {

    public static final String NAME = "PostHog";

    public RelyingParty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
    }

    /** The relying party of a site served at {@code siteUrl}. */
    public static RelyingParty forSite(String siteUrl) {
        URI uri = URI.create(siteUrl);
        String host = uri.getHost() == null ? "localhost" : uri.getHost().toLowerCase(Locale.ROOT);
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        String origin = scheme + "://" + host + (port > 0 && port != 80 && port != 443 ? ":" + port : "");
        return new RelyingParty(host, NAME, origin);
    }
}
