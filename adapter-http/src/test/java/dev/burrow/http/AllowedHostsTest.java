package dev.burrow.http;

import dev.burrow.application.fake.Persistence;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.http.auth.AllowedHosts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links and the TOTP issuer are made of the {@code Host} header, so burrow answers only for the hosts it is told
 * are its own, as Django's {@code ALLOWED_HOSTS}; probes may use any.
 */
class AllowedHostsTest {

    private ApiServer api;
    private String key;

    @BeforeEach
    void start() {
        api = new ApiServer(Persistence.inMemory(), settings -> settings.withAllowedHosts(new AllowedHosts(
                List.of("burrow.example.com", ".example.org"))), server -> server.create().start("127.0.0.1", 0));
        key = api.data().apiKey(api.data().staff("ada@example.com"), ApiScopes.ALL).value();
        api.data().user("bob@example.com");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_host_that_is_not_allowed_gets_400_in_posthog_s_format() throws IOException {
        assertThat(get("/api/users/@me/", "evil.example.net")).startsWith("HTTP/1.1 400").endsWith("""
                {"type":"invalid_request","code":"invalid_host","detail":"Invalid HTTP_HOST header: \
                'evil.example.net'. You may need to add 'evil.example.net' to ALLOWED_HOSTS.","attr":null}""");
        assertThat(get("/api/users/@me/", "badexample.org:80")).startsWith("HTTP/1.1 400")
                .contains("Invalid HTTP_HOST header: 'badexample.org:80'. You may need to add 'badexample.org'");
        assertThat(get("/account/two_factor/qrcode", "evil.example.net")).startsWith("HTTP/1.1 400");
        assertThat(get("/api/users/@me/", "bad_host")).startsWith("HTTP/1.1 400").contains(
                "Invalid HTTP_HOST header: 'bad_host'. The domain name provided is not valid according to RFC 1034/1035.");
    }

    @Test
    void allowed_hosts_match_as_django_s_do_and_links_name_them() throws IOException {
        assertThat(get("/api/users/@me/", "burrow.example.com")).startsWith("HTTP/1.1 200");
        assertThat(get("/api/users/@me/", "BURROW.example.com.:8443")).startsWith("HTTP/1.1 200");
        assertThat(get("/api/users/@me/", "example.org")).startsWith("HTTP/1.1 200");
        assertThat(get("/api/users/@me/", "api.eu.example.org")).startsWith("HTTP/1.1 200");

        assertThat(get("/api/users/?limit=1", "burrow.example.com:8443"))
                .contains("\"next\":\"http://burrow.example.com:8443/api/users/?limit=1&offset=1\"");
    }

    @Test
    void probes_may_use_any_host() throws IOException {
        assertThat(get("/_health", "10.1.2.3:8000")).startsWith("HTTP/1.1 200");
        assertThat(get("/_readyz", "10.1.2.3:8000")).startsWith("HTTP/1.1 200");
    }

    @Test
    void the_default_is_any_well_formed_host() throws IOException {
        try (ApiServer open = new ApiServer()) {
            String openKey = open.data().apiKey(open.data().user("ada@example.com"), ApiScopes.ALL).value();
            assertThat(open.raw("GET /api/users/@me/ HTTP/1.0\r\nHost: anything.test\r\nAuthorization: Bearer "
                    + openKey + "\r\n\r\n")).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void the_default_for_a_site_is_its_host_and_loopback() {
        AllowedHosts site = AllowedHosts.forSite("https://Burrow.Example.com:8443/base");

        assertThat(site.patterns()).containsExactly("burrow.example.com", "localhost", "127.0.0.1", "[::1]");
        assertThat(AllowedHosts.parse(" a.example.com, .b.example.com ,*").patterns())
                .containsExactly("a.example.com", ".b.example.com", "*");
    }

    private String get(String path, String host) throws IOException {
        return api.raw("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nAuthorization: Bearer " + key
                + "\r\n\r\n");
    }
}
