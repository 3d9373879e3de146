package dev.burrow.geoip;

import com.maxmind.db.Reader;
import com.maxmind.geoip2.DatabaseReader;
import com.maxmind.geoip2.exception.GeoIp2Exception;
import com.maxmind.geoip2.model.CityResponse;
import com.maxmind.geoip2.record.City;
import com.maxmind.geoip2.record.Country;
import dev.burrow.application.session.Geolocation;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Places a client address with a MaxMind City database (GeoLite2-City or GeoIP2-City, {@code .mmdb}) the operator
 * downloads: {@code "City, Country"} in English, as PostHog shows it, or the country alone where the database knows
 * no city. Private and unknown addresses, and any read error, are empty: a location is never worth a failed list.
 * The file is read into memory once, when built, so a missing or corrupt one stops the start, not a request.
 */
public final class MaxMindGeolocation implements Geolocation {

    /** An IPv4 or IPv6 literal: never a host name, so placing an address never asks DNS. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f.:]+");

    private final DatabaseReader reader;

    private MaxMindGeolocation(DatabaseReader reader) {
        this.reader = reader;
    }

    /**
     * The City database in {@code file}.
     *
     * @throws IllegalArgumentException naming the file when it is missing, unreadable or not a City database
     */
    public static MaxMindGeolocation open(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("no readable GeoIP database at " + file);
        }
        DatabaseReader reader;
        try {
            reader = new DatabaseReader.Builder(file.toFile()).fileMode(Reader.FileMode.MEMORY).build();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a MaxMind DB file: " + file + " (" + e.getMessage() + ")", e);
        }
        String type = reader.getMetadata().getDatabaseType();
        if (!type.contains("City")) {
            throw new IllegalArgumentException("a GeoIP City database is needed (GeoLite2-City or GeoIP2-City), "
                    + file + " is " + type);
        }
        return new MaxMindGeolocation(reader);
    }

    @Override
    public Optional<String> locate(String clientAddress) {
        if (clientAddress == null || !LITERAL.matcher(clientAddress).matches()) {
            return Optional.empty();
        }
        try {
            return reader.tryCity(InetAddress.getByName(clientAddress)).flatMap(MaxMindGeolocation::named);
        } catch (IOException | GeoIp2Exception | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> named(CityResponse response) {
        Country country = response.getCountry();
        String countryName = country == null ? null : country.getName();
        if (countryName == null) {
            return Optional.empty();
        }
        City city = response.getCity();
        String cityName = city == null ? null : city.getName();
        return Optional.of(cityName == null ? countryName : cityName + ", " + countryName);
    }
}
