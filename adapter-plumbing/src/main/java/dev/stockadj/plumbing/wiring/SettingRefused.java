package dev.stockadj.plumbing.wiring;

/**
 * A vendor's setting is missing or invalid. The message names the key and never a secret's value; the
 * application tells it as its own configuration error (the CLI exits 2).
 */
public final class SettingRefused extends RuntimeException {
    private final String key;
    private final String reason;

    public SettingRefused(String key, String reason) {
        super(key + ": " + reason);
        this.key = key;
        this.reason = reason;
    }

    /** The setting (or {@code vendor.*}, or {@code sandbox state}) that is refused. */
    public String key() {
        return key;
    }

    /** Why, without the key. */
    public String reason() {
        return reason;
    }
}
