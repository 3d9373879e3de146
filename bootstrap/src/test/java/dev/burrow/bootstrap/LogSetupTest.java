package dev.burrow.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogSetupTest {

    @Test
    void json_lines_are_one_object_an_event_on_standard_error() throws Exception {
        List<String> lines = logged(LogSetup.Format.JSON);

        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("mdc").get("request_id").asText())
                .isEqualTo("7f3a");
        JsonNode event = new ObjectMapper().readTree(lines.get(0));
        assertThat(event.get("level").asText()).isEqualTo("INFO");
        assertThat(event.get("loggerName").asText()).isEqualTo("dev.burrow.example");
        assertThat(event.get("formattedMessage").asText()).isEqualTo("hello there");
        assertThat(event.has("arguments")).isFalse();
    }

    @Test
    void text_lines_carry_the_level_the_logger_and_the_message() {
        List<String> lines = logged(LogSetup.Format.TEXT);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\S+ INFO  dev\\.burrow\\.example - hello there");
        assertThat(lines.get(1)).matches("\\d{4}-\\d\\d-\\d\\dT\\S+ INFO  dev\\.burrow\\.example 7f3a - in a request");
    }

    @Test
    void the_format_is_text_or_json_and_anything_else_stops_the_start() {
        assertThat(LogSetup.Format.of(null)).isEqualTo(LogSetup.Format.TEXT);
        assertThat(LogSetup.Format.of(" JSON ")).isEqualTo(LogSetup.Format.JSON);
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("BURROW_LOG_FORMAT", "yaml")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("BURROW_LOG_FORMAT must be text or json, got yaml");
    }

    private static List<String> logged(LogSetup.Format format) {
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            LogSetup.setUp(context, format);
            context.getLogger("org.eclipse.jetty.server").info("quietened below WARN");
            context.getLogger("dev.burrow.example").info("hello {}", "there");
            context.getMDCAdapter().put("request_id", "7f3a");
            context.getLogger("dev.burrow.example").info("in a request");
            context.getMDCAdapter().remove("request_id");
        } finally {
            context.stop();
            System.setErr(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
