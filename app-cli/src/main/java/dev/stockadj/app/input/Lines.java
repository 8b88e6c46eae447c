package dev.stockadj.app.input;

import dev.stockadj.core.model.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** Turns every row of a file into a line, or rejects the whole file with every problem found. */
final class Lines<T> {
    private final Set<String> columns;
    private final Function<Cells, Optional<T>> line;

    Lines(Set<String> columns, Function<Cells, Optional<T>> line) {
        this.columns = columns;
        this.line = line;
    }

    List<T> read(Path file) {
        return read(file, in -> {
        });
    }

    /** Reads the file, handing the stream (after parsing, read to its end) to {@code after}. */
    List<T> read(Path file, Consumer<DigestInputStream> after) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            List<T> lines = read(file.getFileName().toString(), new FilterInputStream(in) {
                @Override
                public void close() {
                    // the digest stream is read to its end and closed below
                }
            });
            in.transferTo(OutputStream.nullOutputStream());
            after.accept(in);
            return lines;
        } catch (NoSuchFileException e) {
            throw new InputRejected(file.toString(), List.of(Problem.ofInput("", "no such file: " + file)));
        } catch (IOException e) {
            throw new InputRejected(file.toString(), List.of(Problem.ofInput("", "cannot read " + file + ": "
                    + reason(e))));
        }
    }

    /** Why a file could not be read, in words: never the exception's class name or a stack trace. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    List<T> read(String name, InputStream in) {
        List<Problem> problems = new ArrayList<>();
        List<T> lines = new ArrayList<>();
        problems.addAll(new RowSource(name, columns).read(in, row -> {
            Cells cells = new Cells(row, problems);
            int before = problems.size();
            Optional<T> made = Optional.empty();
            try {
                made = line.apply(cells);
            } catch (IllegalArgumentException e) {
                cells.problem("", e.getMessage());
            }
            if (problems.size() == before) {
                made.ifPresent(lines::add);
            }
        }));
        if (!problems.isEmpty()) {
            throw new InputRejected(name, problems);
        }
        return lines;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
