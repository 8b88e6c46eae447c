package dev.stockadj.core.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The canonical text as it was built before issue 11: each record joined as a string, then its UTF-8 bytes into the
 * digest. Kept as the oracle {@link Canonical}'s byte-for-byte encoding is held to ({@link CanonicalProperties}),
 * so keys and fingerprints of plans already frozen in journals stay what they were.
 */
final class StringCanonical {
    private static final String FIELD = "\u001f";
    private static final String RECORD = "\u001e";
    private final MessageDigest digest;

    StringCanonical() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    StringCanonical record(Object... fields) {
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
