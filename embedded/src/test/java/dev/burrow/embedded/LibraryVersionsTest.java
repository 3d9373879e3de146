package dev.burrow.embedded;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A host's classpath with the wrong Javalin, Jetty or Jackson is refused at build, in one message. */
class LibraryVersionsTest {

    private static final LibraryVersions NEEDED = new LibraryVersions("7.2.3", "12", "2.22.1");

    @Test
    void the_versions_burrow_is_built_with_fit_the_classpath_it_is_tested_on() {
        assertThat(LibraryVersions.builtWith().javalin()).matches("7\\.\\d+\\.\\d+");
        assertThat(LibraryVersions.builtWith().jackson()).matches("2\\.\\d+\\.\\d+");
        assertThatCode(() -> LibraryVersions.onClasspath().require(LibraryVersions.builtWith()))
                .doesNotThrowAnyException();
    }

    /** The README's Enforcer rules ban what the start-up check refuses, for the versions of this build. */
    @Test
    void the_readmes_enforcer_rules_ban_what_the_check_refuses() throws IOException {
        LibraryVersions built = LibraryVersions.builtWith();
        String[] jackson = built.jackson().split("\\.");
        assertThat(Files.readString(Path.of("../README.md")))
                .contains("<exclude>io.javalin:javalin:(," + built.javalin().split("\\.")[0] + ".0.0)</exclude>")
                .contains("<exclude>org.eclipse.jetty:*:(,12.0.0)</exclude>")
                .contains("<exclude>com.fasterxml.jackson.core:jackson-databind:(," + jackson[0] + "." + jackson[1]
                        + ".0)</exclude>");
    }

    @Test
    void a_javalin_6_host_is_told_what_it_has_and_what_burrow_needs() {
        assertThatThrownBy(() -> new LibraryVersions("6.4.0", "before 12", "2.17.2").require(NEEDED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("burrow cannot run on this classpath: it needs Javalin 7 (found 6.4.0), Jetty 12 (found "
                        + "before 12), Jackson 2.22 or newer within 2.x (found 2.17.2). Let burrow's BOM "
                        + "(dev.burrow:burrow-bom) choose these versions, or align yours with it; the README's "
                        + "Embedding section has a Maven Enforcer rule that catches this at build time.");
    }

    @Test
    void each_library_is_checked_on_its_own() {
        assertThatThrownBy(() -> new LibraryVersions("7.0.0", "12.0.1", "2.21.9").require(NEEDED))
                .hasMessageStartingWith("burrow cannot run on this classpath: it needs Jackson 2.22 or newer within "
                        + "2.x (found 2.21.9).");
        assertThatThrownBy(() -> new LibraryVersions("7.2.3", "11.0.24", "2.22.1").require(NEEDED))
                .hasMessageStartingWith("burrow cannot run on this classpath: it needs Jetty 12 (found 11.0.24).");
        assertThatThrownBy(() -> new LibraryVersions(null, null, "3.0.0").require(NEEDED))
                .hasMessageStartingWith("burrow cannot run on this classpath: it needs Javalin 7 (found none), "
                        + "Jetty 12 (found none), Jackson 2.22 or newer within 2.x (found 3.0.0).");
        assertThatThrownBy(() -> new LibraryVersions("8.0.0", "12", "2.22.1").require(NEEDED))
                .hasMessageStartingWith("burrow cannot run on this classpath: it needs Javalin 7 (found 8.0.0).");
    }

    @Test
    void newer_patches_and_minors_fit() {
        assertThatCode(() -> new LibraryVersions("7.0.0", "12.1.13", "2.22.0").require(NEEDED))
                .doesNotThrowAnyException();
        assertThatCode(() -> new LibraryVersions("7", "12", "2.23.0-rc1").require(NEEDED))
                .doesNotThrowAnyException();
    }
}
