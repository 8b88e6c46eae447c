package dev.stockadj.app.input;

import dev.stockadj.core.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A count or costs file has problems: every one of them, with its line. Nothing is sent. */
public final class InputRejected extends RuntimeException {
    private final transient List<Problem> problems;

    public InputRejected(String file, List<Problem> problems) {
        super(file + ": " + problems.size() + " problem(s)\n"
                + problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
