package dev.stockadj.core.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The canonical text that keys and fingerprints hash: fields joined by a unit separator, records by a record
 * separator, so no field's content can shift another's. Each record goes into the SHA-256 digest as it is added,
 * so a million-line count is hashed without ever holding its whole text.
 */
final class Canonical {
    private static final String FIELD = "\u001f";
    private static final String RECORD = "\u001e";
    private final MessageDigest digest;

    Canonical() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Canonical record(Object... fields) {
        StringJoiner joiner = new StringJoiner(FIELD, "", RECORD);
        for (Object field : fields) {
            joiner.add(render(field));
        }
        digest.update(joiner.toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private static String render(Object field) {
        if (field instanceof Optional<?> optional) {
            return optional.map(value -> "+" + value).orElse("-");
        }
        return String.valueOf(field);
    }

    /** The hash of everything recorded, as lower-case hex; the canonical text is spent. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
