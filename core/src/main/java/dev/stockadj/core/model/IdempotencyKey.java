package dev.stockadj.core.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key of one adjustment document, derived from count reference, vendor, location, document
 * index and a hash of the document's content. Written into the vendor's free-text field so the
 * document can be found again; short and plain so every vendor field can hold it.
 */
public record IdempotencyKey(String value) {
    public static final String PREFIX = "sa1-";
    private static final Pattern SHAPE = Pattern.compile("sa1-[0-9a-f]{24}");

    public IdempotencyKey {
        Text.require(value, "idempotency key", 28);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a stockadj idempotency key: '" + value + "'");
        }
    }

    /** The first key written in a free-text field (a memo, a description), if any. */
    public static Optional<IdempotencyKey> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = SHAPE.matcher(text);
        return m.find() ? Optional.of(new IdempotencyKey(m.group())) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
