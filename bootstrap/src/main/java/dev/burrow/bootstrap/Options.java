package dev.burrow.bootstrap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of one admin command, checked against what the command accepts: unknown,
 * repeated, valueless or missing options fail with a one-line message.
 */
final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses {@code args}; {@code required} and {@code optional} take a value ({@code --name N} or
     * {@code --name=N}), {@code flags} take none.
     */
    static Options parse(List<String> args, Set<String> required, Set<String> optional, Set<String> flags) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new ConfigurationException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (values.containsKey(name)) {
                throw new ConfigurationException("--" + name + " given twice");
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new ConfigurationException("--" + name + " takes no value");
                }
                values.put(name, "true");
            } else if (required.contains(name) || optional.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new ConfigurationException("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                values.put(name, value);
            } else {
                throw new ConfigurationException("unknown option --" + name);
            }
        }
        for (String name : required) {
            if (!values.containsKey(name)) {
                throw new ConfigurationException("--" + name + " is required");
            }
        }
        return new Options(values);
    }

    String get(String name) {
        return values.get(name);
    }

    String getOrDefault(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }
}
