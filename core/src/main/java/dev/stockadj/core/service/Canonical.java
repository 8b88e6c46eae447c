package dev.stockadj.core.service;

import java.util.Optional;
import java.util.StringJoiner;

/**
 * Builds the canonical text that keys and fingerprints hash: fields joined by a unit separator,
 * records by a record separator, so no field's content can shift another's.
 */
final class Canonical {
    private static final String FIELD = "\u001f";
    private static final String RECORD = "\u001e";
    private final StringBuilder text = new StringBuilder();

    Canonical record(Object... fields) {
        StringJoiner joiner = new StringJoiner(FIELD);
        for (Object field : fields) {
            joiner.add(render(field));
        }
        text.append(joiner).append(RECORD);
        return this;
    }

    private static String render(Object field) {
        if (field instanceof Optional<?> optional) {
            return optional.map(value -> "+" + value).orElse("-");
        }
        return String.valueOf(field);
    }

    String sha256() {
        return Hashing.sha256(text.toString());
    }
}
