package dev.stockadj.app.input;

import dev.stockadj.core.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file: every one counted, the first {@value #KEPT} of its lines kept,
 * so a file of a million bad lines cannot fill the memory with messages. Problems of the file as
 * a whole (line 0) are always kept; each kind is bounded where it is found.
 */
final class Problems {
    static final int KEPT = 1000;
    private final List<Problem> kept = new ArrayList<>();
    private int total;

    void add(Problem problem) {
        total++;
        if (problem.line() == 0 || kept.size() < KEPT) {
            kept.add(problem);
        }
    }

    int total() {
        return total;
    }

    List<Problem> kept() {
        return kept;
    }
}
