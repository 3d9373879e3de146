package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document at {@code /api/schema/} describes every route burrow serves and nothing it does not; every
 * HTTP test's answers are held to it besides (see {@link SchemaCheck}).
 */
class ApiSchemaTest extends ApiTestCase {

    /** Served by the standalone server around the API, not by the API itself. */
    private static final Set<String> SERVED_BY_THE_SERVER = Set.of("GET /metrics/");

    @Test
    void every_route_is_documented_and_every_documented_operation_is_a_route() {
        Set<String> routes = new TreeSet<>();
        api.routes().forEach(route -> routes.add(route + "/"));
        Set<String> documented = new TreeSet<>();
        JsonNode paths = SchemaCheck.instance().document().get("paths");
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames().forEachRemaining(method -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + (path.endsWith("/") ? path : path + "/"));
            }
        }));
        documented.removeAll(SERVED_BY_THE_SERVER);

        assertThat(routes).hasSizeGreaterThan(35);
        List<String> undocumented = new ArrayList<>(routes);
        undocumented.removeAll(documented);
        assertThat(undocumented).as("routes missing from openapi.yaml").isEmpty();
        List<String> phantom = new ArrayList<>(documented);
        phantom.removeAll(routes);
        assertThat(phantom).as("documented operations no route serves").isEmpty();
    }

    @Test
    void the_schema_is_served_as_yaml_and_as_json_without_credentials() throws Exception {
        ApiServer.Response yaml = api.request("GET", "/api/schema/").send();
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.header("Content-Type")).startsWith("application/vnd.oai.openapi");
        assertThat(yaml.body()).startsWith("openapi: 3.1.0");

        for (ApiServer.Response json : List.of(api.request("GET", "/api/schema/?format=json").send(),
                api.request("GET", "/api/schema/").header("Accept", "application/vnd.oai.openapi+json").send())) {
            assertThat(json.header("Content-Type")).startsWith("application/vnd.oai.openapi+json");
            JsonNode document = new ObjectMapper().readTree(json.body());
            assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
            assertThat(document.get("paths").has("/api/users/{uuid}/")).isTrue();
        }
    }

    @Test
    void an_answer_the_document_does_not_describe_fails_the_check() {
        String key = key();
        String me = api.get("/api/users/@me/", key).body();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaCheck.instance().check("GET",
                        "/api/users/@me/", 200, "application/json", me.replace("\"is_staff\":false",
                                "\"is_staff\":\"no\"")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is_staff");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaCheck.instance().check("GET",
                        "/api/users/@me/", 201, "application/json", me))
                .isInstanceOf(AssertionError.class).hasMessageContaining("does not document");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaCheck.instance().check("GET",
                        "/api/users/@me/", 200, "application/json", me.replace("{\"date_joined\"",
                                "{\"surprise\":1,\"date_joined\"")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("surprise");
    }
}
