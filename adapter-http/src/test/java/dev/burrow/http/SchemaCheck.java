package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Holds every answer an HTTP test receives to the OpenAPI document burrow serves: the operation is found by method
 * and path template, the status must be one it documents (or its {@code default}), and a JSON body must match the
 * documented schema, checked by networknt's JSON Schema validator in the OpenAPI 3.1 dialect.
 */
final class SchemaCheck {

    private static final String DOCUMENT = "https://burrow.test/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaCheck INSTANCE = new SchemaCheck();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private SchemaCheck() {
        String text = ApiSchema.load().json();
        try {
            document = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, text)));
        document.get("paths").fieldNames().forEachRemaining(path -> templates.add(new Template(path)));
        // Literal segments before parameters: /api/users/verify_email/ is not /api/users/{uuid}/.
        templates.sort(Comparator.comparingInt(Template::parameters));
    }

    static SchemaCheck instance() {
        return INSTANCE;
    }

    JsonNode document() {
        return document;
    }

    /**
     * Fails the test unless the answer is documented. {@code path} is the request's path without burrow's mount
     * prefix; answers to paths burrow does not serve (404s) must still be PostHog's error body.
     */
    void check(String method, String path, int status, String contentType, String body) {
        String normalized = path.endsWith("/") ? path : path + "/";
        Optional<Template> template = templates.stream().filter(t -> t.matches(normalized)).findFirst();
        JsonNode operation = template.map(t -> document.get("paths").get(t.path()).get(method.toLowerCase()))
                .orElse(null);
        if (operation == null) {
            if (status == 404 || status == 405 || status == 400 || status == 401 || status == 403) {
                validate("#/components/schemas/Error", body, method + " " + path);
                return;
            }
            throw new AssertionError("no documented operation for " + method + " " + path + " (" + status + ")");
        }
        String pointer = "#/paths/" + escape(template.get().path()) + "/" + method.toLowerCase() + "/responses/";
        JsonNode responses = operation.get("responses");
        String key = responses.has(Integer.toString(status)) ? Integer.toString(status) : "default";
        JsonNode response = responses.get(key);
        if (response == null || key.equals("default") && status < 400) {
            throw new AssertionError(method + " " + path + " answered " + status + ", which its operation in "
                    + "openapi.yaml does not document");
        }
        pointer += key;
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText();
            response = at(pointer);
        }
        JsonNode content = response.get("content");
        if (content == null) {
            return;
        }
        if (content.has("application/json")) {
            validate(pointer + "/content/application~1json/schema", body, method + " " + path + " " + status);
        } else {
            Iterator<String> types = content.fieldNames();
            String documented = types.next();
            if (contentType == null || !contentType.startsWith(documented)) {
                throw new AssertionError(method + " " + path + " answered " + contentType + ", documented: "
                        + documented);
            }
        }
    }

    private void validate(String pointer, String body, String what) {
        Schema schema = schemas.computeIfAbsent(pointer,
                at -> registry.getSchema(SchemaLocation.of(DOCUMENT + at)));
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new AssertionError(what + " does not match " + pointer + " in openapi.yaml: " + errors
                    + "\n" + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body));
        }
    }

    private JsonNode at(String pointer) {
        return document.at(pointer.substring(1));
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    /** A path of the document, with its parameters as wildcards for one segment. */
    private record Template(String path, Pattern pattern, int parameters) {

        /** The document's paths end in a slash, but for a few operational ones; requests are matched with one. */
        Template(String path) {
            this(path, Pattern.compile(Pattern.quote(path.endsWith("/") ? path : path + "/")
                            .replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")),
                    (int) path.chars().filter(c -> c == '{').count());
        }

        boolean matches(String requested) {
            return pattern.matcher(requested).matches();
        }
    }
}
