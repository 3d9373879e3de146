package dev.burrow.application.session;

import dev.burrow.domain.HostApi;

import java.util.Optional;

/**
 * Where a client address is, as PostHog shows it on a login session ({@code "London, United Kingdom"}, or the
 * country alone): an outbound port, answered from a GeoIP database the operator configures. Asked when the list is
 * built, from the address the session keeps, so a newer database places old sessions too. Never fails: an address
 * it cannot place (private, unknown, malformed, a read error) is empty.
 */
@HostApi
@FunctionalInterface
public interface Geolocation {

    /** No database: every location is null, as before an operator configures one. */
    Geolocation NONE = address -> Optional.empty();

    /** {@code "City, Country"}, {@code "Country"}, or empty; {@code clientAddress} may be null. */
    Optional<String> locate(String clientAddress);
}
