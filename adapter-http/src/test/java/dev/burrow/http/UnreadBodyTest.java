package dev.burrow.http;

import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import static dev.burrow.http.ApiServer.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal settled before the body is read still reaches a client that is sending a large body. Without the
 * draining, each of these saw a reset within three hundred rounds on a busy two-core machine.
 */
class UnreadBodyTest extends ApiTestCase {

    @Test
    void a_refusal_reaches_the_client_even_when_the_body_was_never_read() {
        String writer = key(ApiScope.USER_WRITE);
        User bob = api.data().user("bob@example.com");
        String body = "{\"padding\": \"" + "x".repeat(64 * 1024) + "\"}";

        for (int round = 0; round < 300; round++) {
            ApiServer.Response refused = api.request("PATCH", "/api/users/" + bob.uuid() + "/hedgehog_config/")
                    .bearer(writer).json(body).send();

            assertThat(refused.status()).as("round " + round).isEqualTo(403);
            assertThat(refused.json()).isEqualTo(error("authentication_error", "permission_denied",
                    "As a non-staff user you're only allowed to access the `@me` user instance.", null));
        }
    }

    @Test
    void an_unauthenticated_request_with_a_large_body_gets_its_401() {
        String body = "{\"first_name\": \"" + "x".repeat(64 * 1024) + "\"}";

        for (int round = 0; round < 300; round++) {
            ApiServer.Response refused = api.request("PATCH", "/api/users/@me/").bearer("phx_unknown")
                    .json(body).send();

            assertThat(refused.status()).as("round " + round).isEqualTo(401);
        }
    }

    @Test
    void a_body_over_the_megabyte_every_route_accepts_gets_413_in_posthogs_format() {
        String writer = key(ApiScope.USER_WRITE);
        String body = "{\"first_name\": \"" + "x".repeat(1_100_000) + "\"}";
        String before = api.get("/api/users/@me/", writer).json().toString();

        for (int round = 0; round < 20; round++) {
            ApiServer.Response refused = api.request("PATCH", "/api/users/@me/").bearer(writer).json(body).send();

            assertThat(refused.status()).as("round " + round).isEqualTo(413);
            assertThat(refused.json().get("type").asText()).isEqualTo("invalid_request");
            assertThat(refused.json().get("attr").isNull()).isTrue();
        }
        assertThat(api.get("/api/users/@me/", writer).json().toString()).isEqualTo(before);
    }
}
