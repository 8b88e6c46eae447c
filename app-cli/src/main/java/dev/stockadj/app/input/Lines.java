package dev.stockadj.app.input;

import dev.stockadj.core.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new InputRejected(file.toString(), List.of(Problem.ofInput("", "cannot open: " + e.getMessage())));
        }
    }

    List<T> read(String name, InputStream in) {
        List<Problem> problems = new ArrayList<>();
        List<T> lines = new ArrayList<>();
        problems.addAll(new RowSource(name, columns).read(in, row -> {
            Cells cells = new Cells(row, problems);
            int before = problems.size();
            Optional<T> made = line.apply(cells);
            if (problems.size() == before) {
                made.ifPresent(lines::add);
            }
        }));
        if (!problems.isEmpty()) {
            throw new InputRejected(name, problems);
        }
        return lines;
    }
}
