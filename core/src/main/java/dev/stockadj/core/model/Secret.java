package dev.stockadj.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential (API key, token, password, dev key). Nothing a serializer or a log line can reach
 * shows the value: {@code toString} is {@code ****}, and the only getter a bean serializer such as
 * Jackson finds is {@link #getMasked()}. A class, not a record, so there is no public accessor
 * named for the value; it is read only with {@link #reveal()}, where a request header is written.
 */
public final class Secret {
    public static final String MASK = "****";

    private final String value;

    public Secret(String value) {
        Objects.requireNonNull(value, "secret is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("secret must not be blank");
        }
        this.value = value;
    }

    /**
     * Whether {@code text} can be sent as an HTTP header value as it is: printable ASCII only
     * (0x20–0x7E), with no space at either end. An HTTP client refuses anything else, and its
     * message quotes the value.
     */
    public static boolean headerSafe(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    /**
     * This secret if it can travel in a header ({@link #headerSafe}); else an
     * {@link IllegalArgumentException} naming {@code setting}, never the value.
     */
    public Secret requireHeaderSafe(String setting) {
        if (!headerSafe(value)) {
            throw new IllegalArgumentException(setting + " must be printable ASCII (0x20-0x7E) with no space at"
                    + " either end; the value is not shown");
        }
        return this;
    }

    /** The value itself: only for the request header that carries it. */
    public String reveal() {
        return value;
    }

    /** What a bean serializer (Jackson) writes in place of the value: {@value #MASK}. */
    public String getMasked() {
        return MASK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && MessageDigest.isEqual(bytes(), that.bytes());
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASK;
    }

    private byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
