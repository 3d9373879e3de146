package dev.burrow.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostHog's key order does not depend on the host's Jackson: which order Jackson gives a record's renamed components
 * has changed between versions (and with {@code MapperFeature.SORT_PROPERTIES_ALPHABETICALLY}, which a host may turn
 * on for its own mapper's defaults), so every answer record that renames one says its order outright, as declared.
 */
class JsonKeyOrderTest {

    @Test
    void every_answer_record_that_renames_a_component_declares_its_key_order() throws Exception {
        List<Class<?>> records = answerRecords();
        assertThat(records).extracting(Class::getSimpleName).contains("UserResponse", "TeamResponse",
                "OrganizationResponse", "PersonalApiKeyResponse");
        for (Class<?> record : records) {
            JsonPropertyOrder order = record.getAnnotation(JsonPropertyOrder.class);
            assertThat(order).as(record.getName() + " has no @JsonPropertyOrder").isNotNull();
            assertThat(order.value()).as(record.getName()).containsExactlyElementsOf(jsonNames(record));
        }
    }

    /** The records of the HTTP adapter with a component renamed by {@code @JsonProperty}. */
    private static List<Class<?>> answerRecords() throws IOException, URISyntaxException {
        Path root = Path.of(HttpApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root.resolve("dev/burrow/http"))) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(JsonKeyOrderTest::load)
                    .filter(Class::isRecord)
                    .filter(record -> Arrays.stream(record.getRecordComponents())
                            .anyMatch(component -> component.getAccessor().isAnnotationPresent(JsonProperty.class)))
                    .toList();
        }
    }

    private static List<String> jsonNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(JsonKeyOrderTest::jsonName).toList();
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JsonKeyOrderTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
