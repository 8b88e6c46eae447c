package dev.stockadj.app.input;

import dev.stockadj.core.model.Problem;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Columns (CSV) or keys (JSON) a file has that no one reads: the first {@value #NAMED} named, the
 * rest counted (up to {@value #COUNTED} distinct), so a header of 10,000 columns is one line.
 */
final class UnknownColumns {
    static final int NAMED = 5;
    static final int COUNTED = 10_000;
    private final Set<String> known;
    private final Set<String> unknown = new LinkedHashSet<>();
    private boolean more;

    UnknownColumns(Set<String> known) {
        this.known = known;
    }

    void see(String name) {
        if (known.contains(name) || unknown.contains(name)) {
            return;
        }
        if (unknown.size() < COUNTED) {
            unknown.add(name);
        } else {
            more = true;
        }
    }

    /** One problem per unknown column, or when there are more than {@value #NAMED}, one naming the first of them. */
    void report(Problems problems) {
        String knownList = "; known columns are " + String.join(", ", known.stream().sorted().toList());
        if (unknown.size() <= NAMED) {
            unknown.forEach(name -> problems.add(Problem.ofInput(Quoted.plain(name, Quoted.CELL),
                    "unknown column " + Quoted.of(name) + knownList)));
            return;
        }
        String named = String.join(", ", unknown.stream().limit(NAMED).map(Quoted::of).toList());
        problems.add(Problem.ofInput("", "unknown columns " + named + " and " + (more ? "at least " : "")
                + String.format(Locale.ROOT, "%,d", unknown.size() - NAMED) + " more" + knownList));
    }
}
