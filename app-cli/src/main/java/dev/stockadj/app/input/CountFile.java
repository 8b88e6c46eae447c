package dev.stockadj.app.input;

import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.LocationId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * A count file read: its lines, its name and the SHA-256 of its bytes (taken while streaming).
 */
public record CountFile(String name, List<CountLine> lines, String sha256) {
    private static final int NAME_IN_REFERENCE = 100;

    public CountFile {
        lines = List.copyOf(lines);
    }

    /**
     * The default count reference: the file's name and a hash of its name, content and the
     * location — not the date, so the same file again, on any day, is the same count. Any name
     * makes a valid reference: its letters, digits, {@code .}, {@code _} and {@code -} are kept
     * (others become {@code _}), at most {@value #NAME_IN_REFERENCE} of them.
     */
    public CountReference reference(LocationId location) {
        MessageDigest digest = Lines.sha256();
        digest.update((name + "\n" + location.value() + "\n" + sha256).getBytes(StandardCharsets.UTF_8));
        return new CountReference(shown(name) + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    /** What stands for a count file before it is read (its problems are shown under it): the name part alone. */
    public static CountReference shownReference(Path file) {
        return new CountReference(shown(String.valueOf(file.getFileName())));
    }

    private static String shown(String name) {
        String shown = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return shown.length() > NAME_IN_REFERENCE ? shown.substring(0, NAME_IN_REFERENCE) : shown;
    }
}
