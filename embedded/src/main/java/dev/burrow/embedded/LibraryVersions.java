package dev.burrow.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What burrow needs of the libraries a host's classpath brings, checked when it is built: a host on Javalin 6 (and
 * so Jetty 11) would otherwise compile, then die deep inside {@code build()} with a {@code NoClassDefFoundError} of
 * some Jetty class, and an older Jackson would serialize burrow's answers in ways it was never tested with. Every
 * mismatch is named in one message, with what was found and what is needed.
 *
 * <p>Nothing here links against Javalin or Jetty: their classes are looked up by name, so the check itself runs on
 * any classpath.
 *
 * @param javalin Javalin's version, {@code null} when it is missing
 * @param jetty   Jetty's version, {@code null} when it is missing
 * @param jackson jackson-databind's version, {@code null} when it is missing
 */
record LibraryVersions(String javalin, String jetty, String jackson) {

    /** Only in Jetty 12: the handler type Javalin 7 builds on (the class a Javalin 6 host fails to find). */
    private static final String JETTY_12_CLASS = "org.eclipse.jetty.server.Request$Handler";
    /** Only in Javalin 7: where routes are declared in the app's configuration. */
    private static final String JAVALIN_7_CLASS = "io.javalin.config.RoutesConfig";

    /** The versions on the classpath burrow was loaded from. */
    static LibraryVersions onClasspath() {
        ClassLoader loader = LibraryVersions.class.getClassLoader();
        return new LibraryVersions(version(loader, "io.javalin.Javalin", JAVALIN_7_CLASS, "7", "before 7"),
                version(loader, "org.eclipse.jetty.server.Server", JETTY_12_CLASS, "12", "before 12"),
                jackson(loader));
    }

    /** The versions this build of burrow was built and tested with. */
    static LibraryVersions builtWith() {
        Properties built = new Properties();
        try (InputStream in = LibraryVersions.class.getResourceAsStream("built-with.properties")) {
            if (in == null) {
                throw new IllegalStateException("burrow's jar lacks dev/burrow/embedded/built-with.properties");
            }
            built.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LibraryVersions(built.getProperty("javalin"), "12", built.getProperty("jackson"));
    }

    /** Fails, naming every library whose version does not fit {@code needed}, when any does not. */
    void require(LibraryVersions needed) {
        List<String> wrong = new ArrayList<>();
        if (javalin == null || major(javalin) != major(needed.javalin)) {
            wrong.add("Javalin " + major(needed.javalin) + " (found " + found(javalin) + ")");
        }
        if (jetty == null || major(jetty) != major(needed.jetty)) {
            wrong.add("Jetty " + major(needed.jetty) + " (found " + found(jetty) + ")");
        }
        String jacksonNeeded = major(needed.jackson) + "." + minor(needed.jackson);
        if (jackson == null || major(jackson) != major(needed.jackson)
                || minor(jackson) < minor(needed.jackson)) {
            wrong.add("Jackson " + jacksonNeeded + " or newer within " + major(needed.jackson) + ".x (found "
                    + found(jackson) + ")");
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("burrow cannot run on this classpath: it needs " + String.join(", ", wrong)
                    + ". Let burrow's BOM (dev.burrow:burrow-bom) choose these versions, or align yours with it; "
                    + "the README's Embedding section has a Maven Enforcer rule that catches this at build time.");
        }
    }

    private static String found(String version) {
        return version == null ? "none" : version;
    }

    /**
     * A library's version from its jar's manifest; where the manifest does not say, the major version a class
     * only that major version has tells ({@code newer}), or its absence ({@code older}, as "before ...").
     */
    private static String version(ClassLoader loader, String type, String marker, String newer, String older) {
        Class<?> found;
        try {
            found = Class.forName(type, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        String version = found.getPackage() == null ? null : found.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        try {
            Class.forName(marker, false, loader);
            return newer;
        } catch (ClassNotFoundException | LinkageError e) {
            return older;
        }
    }

    /** jackson-databind's own record of its version (its jar's manifest may have been merged away). */
    private static String jackson(ClassLoader loader) {
        try {
            Object version = Class.forName("com.fasterxml.jackson.databind.cfg.PackageVersion", true, loader)
                    .getField("VERSION").get(null);
            return version.toString().replace("-SNAPSHOT", "");
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    private static int major(String version) {
        return part(version, 0);
    }

    private static int minor(String version) {
        return part(version, 1);
    }

    /** The {@code index}th number of a dotted version, 0 where it has none. */
    private static int part(String version, int index) {
        String[] parts = version.split("[.-]");
        if (index >= parts.length) {
            return 0;
        }
        String digits = parts[index].replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
