package dev.stockadj.core.model;

/**
 * The integrator's name for one stock count: the root of idempotency. The same reference with the
 * same content is the same count, on any day; the same reference with other content is refused.
 */
public record CountReference(String value) {
    public CountReference {
        value = Text.require(value, "count reference", 200);
    }

    @Override
    public String toString() {
        return value;
    }
}
