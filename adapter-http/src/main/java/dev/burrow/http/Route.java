package dev.burrow.http;

import dev.burrow.http.auth.RouteAccess;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the route table: a method and path template ({@code /api/users/{uuid}}), who may call it, and what
 * answers it. {@code before} wraps the guarded handler with checks of the path that PostHog's router makes before
 * anyone is authenticated ({@link UnaryOperator#identity()} for none).
 */
record Route(HandlerType method, String path, RouteAccess access, Handler handler, UnaryOperator<Handler> before) {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

    /** As {@code "GET /api/users"}. */
    String name() {
        return method.name() + " " + path;
    }

    /**
     * Whether {@code requested} (a request's path, under {@code prefix}) is this route's template, with or without
     * a trailing slash, as the router matches it: a parameter is one segment.
     */
    boolean matches(String prefix, String requested) {
        StringBuilder regex = new StringBuilder(Pattern.quote(prefix));
        Matcher parameter = PARAMETER.matcher(path);
        int literal = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(literal, parameter.start()))).append("[^/]+");
            literal = parameter.end();
        }
        regex.append(Pattern.quote(path.substring(literal))).append("/?");
        return requested.matches(regex.toString());
    }
}
