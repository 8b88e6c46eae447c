package dev.stockadj.app.input;

import java.util.List;
import java.util.Set;

/**
 * The columns a file may have, and those it must have.
 *
 * @param known    every column a file may have (matched exactly)
 * @param required each entry a set of alternatives, one of which the header must name (CSV)
 */
record Columns(Set<String> known, List<Set<String>> required) {
    Columns {
        known = Set.copyOf(known);
        required = List.copyOf(required);
    }
}
