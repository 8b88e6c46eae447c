package dev.stockadj.core.model;

import java.util.regex.Pattern;

/** The vendor a plan is for: {@code qoyod}, {@code foodics}, {@code ordertime} (lower-case word). */
public record VendorName(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public VendorName {
        Text.require(value, "vendor name", 32);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("vendor name must be a lower-case word: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
