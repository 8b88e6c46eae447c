package dev.stockadj.core.model;

import java.util.Objects;

/** Checks shared by the identifier records: present, trimmed, printable, bounded. */
final class Text {
    private static final int SHOWN = 60;

    private Text() {
    }

    static String require(String value, String what, int maxLength) {
        Objects.requireNonNull(value, what + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(what + " must not start or end with spaces: '" + shown(value) + "'");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(what + " must not contain control characters");
            }
        }
        return value;
    }

    /** The value as quoted in a message: control characters escaped, cut to {@value #SHOWN} characters. */
    private static String shown(String value) {
        StringBuilder shown = new StringBuilder();
        value.chars().limit(SHOWN).forEach(c -> shown.append(Character.isISOControl(c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return value.length() > SHOWN ? shown + "…" : shown.toString();
    }
}
