package dev.stockadj.app.input;

import dev.stockadj.core.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The header row of a CSV file, checked before any row is read: repeated, unknown and missing columns. */
record Header(Columns columns, List<String> names) {
    /** How many repeated columns are named. */
    static final int NAMED = 5;

    /** Adds the header's problems; false if the rows cannot be read sensibly (a column repeated or missing). */
    boolean check(Problems problems) {
        boolean readable = repeated(problems) & required(problems);
        UnknownColumns unknown = new UnknownColumns(columns.known());
        names.forEach(unknown::see);
        unknown.report(problems);
        return readable;
    }

    private boolean repeated(Problems problems) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (String name : names) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (seen.merge(key, 1, Integer::sum) == 2) {
                repeated.add(name);
            }
        }
        if (repeated.size() <= NAMED) {
            repeated.forEach(name -> problems.add(Problem.ofInput(Quoted.plain(name, Quoted.CELL), "column "
                    + Quoted.of(name) + " appears " + seen.get(name.strip().toLowerCase(Locale.ROOT))
                    + " times in the header (file line 1); keep one")));
        } else {
            problems.add(Problem.ofInput("", "columns " + String.join(", ", repeated.stream().limit(NAMED)
                    .map(Quoted::of).toList()) + " and " + (repeated.size() - NAMED)
                    + " more appear more than once in the header (file line 1); keep one of each"));
        }
        return repeated.isEmpty();
    }

    private boolean required(Problems problems) {
        boolean all = true;
        for (Set<String> oneOf : columns.required()) {
            if (names.stream().noneMatch(oneOf::contains)) {
                List<String> sorted = oneOf.stream().sorted().toList();
                problems.add(Problem.ofInput(sorted.get(0), "the header (file line 1) has no column "
                        + String.join(" or ", sorted.stream().map(n -> "'" + n + "'").toList())));
                all = false;
            }
        }
        return all;
    }
}
