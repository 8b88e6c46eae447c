package dev.stockadj.plumbing.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The file a sandbox keeps its whole state in between runs, as JSON. A save writes the state aside in the same
 * folder, forces it to disk, then moves it over the old file, so a reader (or a crash) only ever sees a whole
 * state, the old or the new. Two processes saving to one file: the last save wins, neither corrupts it.
 * Knows no vendor: {@code vendor} only names it in messages.
 */
public final class StateFile {
    private final String vendor;
    private final Path path;
    private final ObjectMapper mapper;

    public StateFile(String vendor, Path path, ObjectMapper mapper) {
        this.vendor = vendor;
        this.path = path.toAbsolutePath();
        this.mapper = mapper;
    }

    public Path path() {
        return path;
    }

    /** The state cannot be used although it was read (a check of the vendor's own): said like a file that cannot be read. */
    public SandboxStateUnreadable unreadable(String reason, Throwable cause) {
        return new SandboxStateUnreadable(vendor, path, reason, cause);
    }

    /** The saved state, or empty when there is no file yet; {@link SandboxStateUnreadable} when it cannot be read. */
    public <T> Optional<T> read(Class<T> type) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SandboxStateUnreadable(vendor, path, e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
        try {
            return Optional.of(mapper.readValue(bytes, type));
        } catch (JsonProcessingException e) {
            throw new SandboxStateUnreadable(vendor, path, reason(e), e);
        } catch (IOException e) {
            throw new SandboxStateUnreadable(vendor, path, firstLine(e.getMessage()), e);
        }
    }

    /** Takes the snapshot and writes it; saves are one at a time, so the file never goes back to an older state. */
    public synchronized void save(Supplier<?> snapshot) throws IOException {
        byte[] bytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(snapshot.get());
        Path folder = path.getParent();
        Files.createDirectories(folder);
        Path aside = Files.createTempFile(folder, path.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(aside, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(aside);
        }
    }

    /**
     * Refuses, from a state record's constructor, what another vendor's sandbox saved or a format this code does not
     * read, so such a file is said to be unreadable rather than taken for an empty state.
     *
     * @param kind names the expected sandbox with its article, e.g. "a Qoyod", "an Order Time"
     */
    public static void requireKind(String kind, String expectedVendor, int expectedFormat, String vendor, int format) {
        if (!expectedVendor.equals(vendor)) {
            throw new IllegalArgumentException("not " + kind + " sandbox's state (vendor " + vendor + ")");
        }
        if (format != expectedFormat) {
            throw new IllegalArgumentException("state format " + format + " is not " + expectedFormat
                    + ", the one this stockadj reads");
        }
    }

    /** A check of the state's own (a record's constructor) says it best; else the parser's message. */
    private static String reason(JsonProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return firstLine(root != e && root.getMessage() != null ? root.getMessage() : e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not a sandbox state";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
