package dev.stockadj.app.config;

/**
 * A setting is missing or invalid. The message names the key (or option) and never a secret's
 * value; the CLI exits 2.
 */
public final class ConfigException extends RuntimeException {
    private final String key;

    public ConfigException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
