package dev.stockadj.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.core.model.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Input problems as printed: at most {@value #TEXT} lines for a person and {@value #JSON} objects
 * under {@code --json}, then how many more, so a file of a million bad lines prints a page.
 */
final class ProblemList {
    static final int TEXT = 50;
    static final int JSON = 1000;

    private ProblemList() {
    }

    /** @param omitted problems found but not in {@code problems} (the reader keeps only the first) */
    static void print(List<Problem> problems, int omitted, PrintWriter out) {
        int total = problems.size() + omitted;
        out.println("The input has " + count(total) + " problem(s):");
        problems.stream().limit(TEXT).forEach(p -> out.println("  " + p));
        if (total > TEXT) {
            out.println("  … and " + count(total - TEXT) + " more");
        }
    }

    /** Sets {@code problems} (at most {@value #JSON}) and {@code problems_omitted} (how many more there are). */
    static void put(ObjectNode root, List<Problem> problems, int omitted) {
        root.set("problems", Json.problems(problems.stream().limit(JSON).toList()));
        root.put("problems_omitted", problems.size() + omitted - Math.min(problems.size(), JSON));
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
