package dev.burrow.embedded;

import dev.burrow.application.provisioning.Provisioning;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import io.javalin.Javalin;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's quickstart, run: the Java between the markers below is the README's block word for word (checked
 * here), so the first user and key a host makes from it work as they are written.
 */
class QuickstartTest {

    private static final Path README = Path.of("../README.md");
    private static final Path SOURCE = Path.of("src/test/java/dev/burrow/embedded/QuickstartTest.java");

    @Test
    void the_quickstart_makes_a_first_user_and_key_that_get_in() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:quickstart_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");

        // quickstart:begin
        Burrow burrow = Burrow.builder(dataSource).schema("burrow").build();
        Provisioning provisioning = burrow.provisioning();

        // Where burrow's own tables hold organizations (you gave it no OrganizationDirectory): one, and a project.
        Organization acme = provisioning.createOrganization("Acme");
        provisioning.createProject(acme.id(), "Web");

        // The first user: staff, with a password to log in with (null: none, for a user of keys only).
        provisioning.createUser(
                new Provisioning.NewUser("ada@acme.com", "a long passphrase", "Ada", "Lovelace", true));
        provisioning.addMember(acme.id(), "ada@acme.com", MembershipLevel.OWNER);

        // Their first personal API key: its value is shown this once, so keep it now.
        String key = provisioning.createApiKey("ada@acme.com", List.of("user:read", "user:write"), "first key")
                .value();

        Javalin app = Javalin.create(config -> config.registerPlugin(burrow.plugin("/users-api"))).start(0);
        // curl -H "Authorization: Bearer $KEY" http://localhost:PORT/users-api/api/users/@me/
        // quickstart:end

        try {
            HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + app.port() + "/users-api/api/users/@me/"))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            assertThat(me.body()).contains("\"email\":\"ada@acme.com\"");
        } finally {
            app.stop();
            burrow.close();
        }
    }

    @Test
    void the_readme_shows_the_quickstart_word_for_word() throws IOException {
        assertThat(readmeBlock()).isEqualTo(sourceBlock());
    }

    /** The {@code java} block after the README's {@code <!-- quickstart -->} marker. */
    private static String readmeBlock() throws IOException {
        Matcher block = Pattern.compile("<!-- quickstart -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(README));
        assertThat(block.find()).as("a java block after <!-- quickstart --> in the README").isTrue();
        return block.group(1);
    }

    /** This test's lines between the markers, without the method body's indentation. */
    private static String sourceBlock() throws IOException {
        String source = Files.readString(SOURCE);
        String between = source.substring(source.indexOf("// quickstart:begin\n") + "// quickstart:begin\n".length(),
                source.indexOf("        // quickstart:end"));
        return between.lines().map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .reduce("", (text, line) -> text + line + "\n");
    }
}
