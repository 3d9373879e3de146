package dev.burrow.http.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

/**
 * The one ObjectMapper of the HTTP adapter, configured once: parsing as Python's {@code json} module does where it
 * shows (a repeated key keeps its last value; decimals are kept exactly, so {@code 1.0} stays a float, not the
 * integer {@code 1}, until {@link Fields#document} writes it as Python would), PostHog's output.
 */
public final class Json {

    /**
     * Python's parser gives up near its recursion limit of 1000; stored JSON (hedgehog settings, column layouts)
     * nests far less, and deeper nesting is an attack on the parser rather than a request.
     */
    static final int MAX_NESTING_DEPTH = 500;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Reads the response records' fields through generated accessors rather than reflection, which was a
            // tenth of the time a page of users spent in Jackson.
            .addModule(new BlackbirdModule())
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
    }

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Answers with {@code body} as JSON, written straight to UTF-8 bytes: Javalin's {@code ctx.json} builds a
     * String first and encodes it again, two extra copies of every response (300 KB for a page of 100 users).
     */
    public static void respond(Context ctx, Object body) {
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(bytes);
    }
}
