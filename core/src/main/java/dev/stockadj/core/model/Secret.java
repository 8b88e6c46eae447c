package dev.stockadj.core.model;

import java.util.Objects;

/**
 * A credential (API key, token, password, dev key). Its {@code toString} never shows the value,
 * so a secret cannot leak through a log line, an error message, a record's toString or the
 * journal; the value is read only with {@link #reveal()}, where a request header is written.
 */
public record Secret(String value) {
    public Secret {
        Objects.requireNonNull(value, "secret is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("secret must not be blank");
        }
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }

    @Override
    public String value() {
        return reveal();
    }
}
