package dev.burrow.jdbc.database;

import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * JDBI's templating ({@code <ids>} for a bound list), except that a statement without an attribute is handed on as
 * the very same {@code String}. JDBI renders every statement anew before it looks up its parsed form, and the
 * rendered copy had to be hashed and compared in full on each lookup: for the profile statement, several thousand
 * characters per request, a tenth of a request's CPU. The same instance keeps its hash, and compares at once.
 */
final class PlainStatements implements TemplateEngine.Parsing {

    /** What {@link DefinedAttributeTemplateEngine} replaces: {@code <name>}. */
    private static final Pattern ATTRIBUTE = Pattern.compile("<[A-Za-z_][A-Za-z0-9_]*>");

    private final TemplateEngine.Parsing templated = new DefinedAttributeTemplateEngine();

    @Override
    public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
        if (ATTRIBUTE.matcher(template).find()) {
            return templated.parse(template, config);
        }
        return Optional.of(ctx -> template);
    }
}
