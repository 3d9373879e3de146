package dev.burrow.bootstrap;

/** The environment or the command line asks for something burrow cannot do; the message says what. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}
