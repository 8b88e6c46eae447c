package dev.stockadj.app.input;

import dev.stockadj.core.model.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Turns every row of a file into a line, or rejects the whole file with every problem found. */
final class Lines<T> {
    private final Columns columns;
    private final Function<Cells, Optional<T>> line;

    Lines(Columns columns, Function<Cells, Optional<T>> line) {
        this.columns = columns;
        this.line = line;
    }

    List<T> read(Path file) {
        return read(file, in -> {
        });
    }

    /** Reads the file, handing the stream (after parsing, read to its end) to {@code after}. */
    List<T> read(Path file, Consumer<DigestInputStream> after) {
        String shown = Quoted.plain(file.toString(), Quoted.PATH);
        if (Files.isDirectory(file)) {
            throw rejected(shown, "is a folder, not a count or costs file: " + shown);
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            List<T> lines = read(String.valueOf(file.getFileName()), new FilterInputStream(in) {
                @Override
                public void close() {
                    // the digest stream is read to its end and closed below
                }
            });
            in.transferTo(OutputStream.nullOutputStream());
            after.accept(in);
            return lines;
        } catch (NoSuchFileException e) {
            throw rejected(shown, "no such file: " + shown);
        } catch (AccessDeniedException e) {
            throw rejected(shown, "cannot read " + shown + ": permission denied");
        } catch (IOException e) {
            throw rejected(shown, "cannot read " + shown + ": " + Quoted.plain(reason(e), 300));
        }
    }

    private static InputRejected rejected(String file, String message) {
        return new InputRejected(file, List.of(Problem.ofInput("", message)));
    }

    /** Why a file could not be read, in words: never the exception's class name or a stack trace. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    List<T> read(String name, InputStream in) {
        Problems problems = new Problems();
        Shared shared = new Shared();
        List<T> lines = new ArrayList<>();
        new RowSource(name, columns).read(in, problems, row -> {
            Cells cells = new Cells(row, problems, shared);
            int before = problems.total();
            Optional<T> made = Optional.empty();
            try {
                made = line.apply(cells);
            } catch (IllegalArgumentException e) {
                cells.problem("", String.valueOf(e.getMessage()));
            }
            if (problems.total() == before) {
                made.ifPresent(lines::add);
            }
        });
        if (problems.total() > 0) {
            throw new InputRejected(Quoted.plain(name, Quoted.PATH), problems.kept(), problems.total());
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
