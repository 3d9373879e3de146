package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/schema/}: the OpenAPI 3.1 document of every burrow route, kept beside the code as {@code
 * openapi.yaml}. As PostHog's drf-spectacular view does, it answers YAML, or JSON for {@code ?format=json} or an
 * {@code Accept} that asks for JSON.
 */
public final class ApiSchema {

    static final String RESOURCE = "/dev/burrow/http/openapi.yaml";
    private static final String YAML_TYPE = "application/vnd.oai.openapi; charset=utf-8";
    private static final String JSON_TYPE = "application/vnd.oai.openapi+json; charset=utf-8";

    private final byte[] yaml;
    private final byte[] json;

    private ApiSchema(byte[] yaml, byte[] json) {
        this.yaml = yaml;
        this.json = json;
    }

    /** Read on the first request for it: most starts never serve it, and reading YAML costs a start time. */
    private static final class Served {
        static final ApiSchema SCHEMA = load();
    }

    static ApiSchema served() {
        return Served.SCHEMA;
    }

    /** The document as this build carries it. */
    public static ApiSchema load() {
        try (InputStream in = ApiSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the build");
            }
            byte[] yaml = in.readAllBytes();
            JsonNode document = new YAMLMapper().readTree(yaml);
            return new ApiSchema(yaml, new ObjectMapper().writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document could not be read", e);
        }
    }

    /** The document as JSON text. */
    public String json() {
        return new String(json, StandardCharsets.UTF_8);
    }

    void serve(Context ctx) {
        String accept = ctx.header("Accept");
        boolean asJson = "json".equals(ctx.queryParam("format"))
                || accept != null && accept.contains("json") && !accept.contains("yaml");
        ctx.contentType(asJson ? JSON_TYPE : YAML_TYPE).result(asJson ? json : yaml);
    }
}
