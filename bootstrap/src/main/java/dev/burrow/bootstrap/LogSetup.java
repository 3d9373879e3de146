package dev.burrow.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

import java.util.Locale;
import java.util.Map;

/**
 * burrow's logging, set up in code (logback finds it through {@code META-INF/services}): logs go to standard error,
 * so standard output carries only what the commands print for scripts, one line per event, as text or, with {@code
 * BURROW_LOG_FORMAT=json}, as JSON. Being code rather than a {@code logback.xml}, it spares every start logback's
 * XML parser. A {@code -Dlogback.configurationFile} of the operator's own still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** The variable that picks the format. */
    static final String FORMAT_VARIABLE = "BURROW_LOG_FORMAT";

    /** The request id, when the line was written while serving one, stands before the message. */
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX} %-5level %logger{24} "
            + "%" + RequestIdConverter.WORD + "- %msg%n";
    private static final Map<String, Level> QUIETER = Map.of(
            "org.eclipse.jetty", Level.WARN,
            "io.javalin", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "org.flywaydb", Level.WARN);

    /** How log lines look. */
    enum Format {
        TEXT, JSON;

        /** The format {@code value} names; {@code null} or blank is text. */
        static Format of(String value) {
            if (value == null || value.isBlank()) {
                return TEXT;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "text" -> TEXT;
                case "json" -> JSON;
                default -> throw new ConfigurationException(FORMAT_VARIABLE + " must be text or json, got " + value);
            };
        }
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Format format;
        try {
            format = Format.of(System.getenv(FORMAT_VARIABLE));
        } catch (ConfigurationException e) {
            // Config refuses the value at start, with a message; until then the lines are text.
            format = Format.TEXT;
        }
        setUp(context, format);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sends {@code context}'s events to standard error in {@code format}. */
    static void setUp(LoggerContext context, Format format) {
        Encoder<ILoggingEvent> encoder = format == Format.JSON ? json() : pattern(context);
        encoder.setContext(context);
        encoder.start();

        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    /**
     * Logback's JSON lines with the message written out ({@code formattedMessage}) rather than as a pattern and
     * its arguments, and without the logger context's properties.
     */
    private static JsonEncoder json() {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setWithFormattedMessage(true);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithContext(false);
        return encoder;
    }

    /** The text lines: {@link #PATTERN}, with burrow's own {@code %requestId}. */
    private static Encoder<ILoggingEvent> pattern(LoggerContext context) {
        PatternLayout layout = new PatternLayout();
        layout.getInstanceConverterMap().put(RequestIdConverter.WORD, RequestIdConverter::new);
        layout.setContext(context);
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setLayout(layout);
        return encoder;
    }

    /**
     * The request id and a space, or nothing outside a request: what {@code %replace(%X{request_id} ){'^ $', ''}}
     * wrote, without running a regular expression over every line.
     */
    static final class RequestIdConverter extends ClassicConverter {

        static final String WORD = "requestId";

        @Override
        public String convert(ILoggingEvent event) {
            String id = event.getMDCPropertyMap().get("request_id");
            return id == null || id.isEmpty() ? "" : id + " ";
        }
    }
}
