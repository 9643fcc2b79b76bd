package fr.ricochet.server.http;

/** A setting the server cannot start with; its message names the setting and what is allowed. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
