package dev.stockadj.app.input;

import dev.stockadj.core.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A count or costs file has problems: every one counted, the first {@value Problems#KEPT} lines'
 * kept, in order. Nothing is sent.
 */
public final class InputRejected extends RuntimeException {
    private static final int IN_MESSAGE = 50;
    private final transient List<Problem> problems;
    private final int total;

    public InputRejected(String file, List<Problem> problems) {
        this(file, problems, problems.size());
    }

    /** @param total how many problems there are: {@code problems} may hold only the first of them */
    public InputRejected(String file, List<Problem> problems, int total) {
        super(file + ": " + total + " problem(s)\n" + problems.stream().sorted().limit(IN_MESSAGE)
                .map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
        this.total = total;
    }

    /** The problems kept, in order of line. */
    public List<Problem> problems() {
        return problems;
    }

    /** How many problems were found but not kept. */
    public int omitted() {
        return total - problems.size();
    }
}
