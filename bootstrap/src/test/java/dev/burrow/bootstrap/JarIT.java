package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's promise, kept by the real artifact: {@code java -jar burrow.jar serve} on a fresh directory prints
 * a key, and {@code @me} answers with it.
 */
class JarIT {

    private static final Pattern SERVING = Pattern.compile("burrow is serving on (http://\\S+) ");

    @Test
    void the_jar_serves_the_printed_key_on_a_fresh_h2_file(@TempDir Path workDirectory) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("burrow.jar"), "serve")
                .directory(workDirectory.toFile())
                .redirectError(workDirectory.resolve("stderr.log").toFile());
        builder.environment().put("PORT", "0");
        builder.environment().put("BURROW_HOST", "127.0.0.1");
        Process server = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            String base = null;
            String key = null;
            for (String line = out.readLine(); line != null && key == null; line = out.readLine()) {
                lines.add(line);
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    base = serving.group(1);
                }
                if (line.strip().startsWith("API key:")) {
                    key = line.strip().substring("API key:".length()).strip();
                }
            }
            assertThat(base).as(String.join("\n", lines)).isNotNull();
            assertThat(key).as(String.join("\n", lines)).startsWith("phx_");

            HttpResponse<String> me = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/api/users/@me/"))
                            .header("Authorization", "Bearer " + key).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            JsonNode user = new ObjectMapper().readTree(me.body());
            assertThat(user.get("email").asText()).isEqualTo("admin@burrow.local");
            assertThat(user.get("organization").get("name").asText()).isEqualTo("burrow");
            assertThat(workDirectory.resolve("data").resolve("burrow.mv.db")).exists();
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }
}
